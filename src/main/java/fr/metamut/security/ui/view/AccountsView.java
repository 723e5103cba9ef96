package fr.metamut.security.ui.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.metamut.base.domain.Role;
import fr.metamut.base.ui.Formats;
import fr.metamut.base.ui.Notifications;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.AddOrReadOnly;
import fr.metamut.base.ui.component.Confirm;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.service.AccountDraft;
import fr.metamut.security.service.AccountService;
import fr.metamut.security.ui.component.AccountDialog;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/** Accounts, for administrators: create, change role and operator, disable or enable, reset a password. */
@Route("admin/comptes")
@Menu(order = 90, icon = "vaadin:users", title = "nav.accounts")
@RolesAllowed(Role.ADMIN_NAME)
public class AccountsView extends VerticalLayout implements TitledView {

    private final AccountService accounts;
    private final CatalogService catalog;
    private final Grid<UserAccount> grid = new Grid<>();
    private final TextField search = new TextField();
    private ListDataProvider<UserAccount> rows;

    public AccountsView(AccountService accounts, CatalogService catalog) {
        this.accounts = accounts;
        this.catalog = catalog;
        setSizeFull();
        add(new ViewHeader(viewTitle()), createToolbar(), configureGrid());
        refresh();
    }

    private HorizontalLayout createToolbar() {
        search.setId("accounts-search");
        search.setPlaceholder(getTranslation("action.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.addValueChangeListener(e -> applyFilter());
        Button add = AddOrReadOnly.addButton("accounts-add", getTranslation("accounts.add"), () ->
                new AccountDialog(true, catalog.operators(), accounts::create, this::refresh).edit(new AccountDraft()));
        HorizontalLayout toolbar = new HorizontalLayout(search, add);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return toolbar;
    }

    private Grid<UserAccount> configureGrid() {
        grid.setId("accounts-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(UserAccount::getUsername).setHeader(getTranslation("account.username")).setSortable(true);
        grid.addColumn(UserAccount::getDisplayName).setHeader(getTranslation("account.displayName")).setSortable(true);
        grid.addColumn(a -> getTranslation("role." + a.getRole().name())).setHeader(getTranslation("account.role"))
                .setSortable(true);
        grid.addColumn(a -> a.getOperator() == null ? "—" : a.getOperator().getName())
                .setHeader(getTranslation("account.operator")).setSortable(true);
        grid.addComponentColumn(a -> {
            Span state = new Span(getTranslation(a.isEnabled() ? "account.enabled" : "account.disabled"));
            state.addClassName("tag");
            return state;
        }).setHeader(getTranslation("account.state")).setSortable(true).setComparator(UserAccount::isEnabled);
        grid.addColumn(a -> Formats.dateTime(a.getCreatedAt())).setHeader(getTranslation("account.createdAt"))
                .setSortable(true).setComparator(UserAccount::getCreatedAt);
        grid.addComponentColumn(this::createRowActions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        return grid;
    }

    private HorizontalLayout createRowActions(UserAccount account) {
        Button edit = new Button(VaadinIcon.EDIT.create(), click ->
                new AccountDialog(false, catalog.operators(), draft -> accounts.update(account.getId(), draft),
                        this::refresh).edit(AccountDraft.of(account)));
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.setAriaLabel(getTranslation("action.edit"));
        Button toggle = new Button(getTranslation(account.isEnabled() ? "account.disable" : "account.enable"),
                click -> toggle(account));
        toggle.addClassName("account-toggle");
        toggle.addThemeVariants(ButtonVariant.TERTIARY);
        Button reset = new Button(getTranslation("account.resetPassword"), click -> resetPassword(account));
        reset.addClassName("account-reset");
        reset.addThemeVariants(ButtonVariant.TERTIARY);
        return new HorizontalLayout(edit, toggle, reset);
    }

    private void toggle(UserAccount account) {
        if (!account.isEnabled()) {
            if (Notifications.attempt(() -> accounts.setEnabled(account.getId(), true))) {
                refresh();
            }
            return;
        }
        Confirm.open(getTranslation("account.disable.title"),
                getTranslation("account.disable.text", account.getUsername()),
                getTranslation("account.disable"),
                () -> {
                    if (Notifications.attempt(() -> accounts.setEnabled(account.getId(), false))) {
                        Notifications.success(getTranslation("account.disabled.done", account.getUsername()));
                        refresh();
                    }
                });
    }

    private void resetPassword(UserAccount account) {
        Confirm.open(getTranslation("account.resetPassword"),
                getTranslation("account.reset.text", account.getUsername()),
                getTranslation("account.resetPassword"),
                () -> {
                    String[] password = new String[1];
                    if (Notifications.attempt(() -> password[0] = accounts.resetPassword(account.getId()))) {
                        ConfirmDialog shown = new ConfirmDialog(getTranslation("account.reset.done.title"),
                                getTranslation("account.reset.done.text", account.getUsername(), password[0]),
                                getTranslation("action.close"), e -> { });
                        shown.setId("password-reset-result");
                        shown.open();
                    }
                });
    }

    private void refresh() {
        rows = new ListDataProvider<>(accounts.list());
        grid.setDataProvider(rows);
        applyFilter();
    }

    private void applyFilter() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        rows.setFilter(a -> text.isEmpty() || a.getUsername().toLowerCase(Locale.ROOT).contains(text)
                || a.getDisplayName().toLowerCase(Locale.ROOT).contains(text)
                || (a.getOperator() != null && a.getOperator().getName().toLowerCase(Locale.ROOT).contains(text)));
    }

    @Override
    public String viewTitle() {
        return getTranslation("accounts.title");
    }
}
