package fr.metamut.audit.ui.view;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.metamut.audit.domain.AuditAction;
import fr.metamut.audit.domain.AuditLogEntry;
import fr.metamut.audit.service.AuditFilter;
import fr.metamut.audit.service.AuditLogService;
import fr.metamut.audit.ui.component.AuditDetails;
import fr.metamut.base.domain.RegionTime;
import fr.metamut.base.domain.Role;
import fr.metamut.base.ui.Formats;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.DateField;
import fr.metamut.base.ui.component.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The audit log, for administrators: logins, locks, logouts, ended sessions, account changes and imports,
 * newest first, read page by page from the database, filtered by action, account and period.
 */
@Route("admin/journal")
@Menu(order = 95, icon = "vaadin:records", title = "nav.audit")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditLogView extends VerticalLayout implements TitledView {

    /** To the second, in the time of the Région: the order of events matters in a security log. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT,
            FormatStyle.MEDIUM).withZone(RegionTime.ZONE);

    private final AuditLogService log;
    private final Grid<AuditLogEntry> grid = new Grid<>();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final TextField account = new TextField();
    private final DateField from = new DateField();
    private final DateField to = new DateField();

    public AuditLogView(AuditLogService log) {
        this.log = log;
        setSizeFull();
        add(new ViewHeader(viewTitle()), createFilters(), configureGrid());
        refresh();
    }

    private HorizontalLayout createFilters() {
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        action.setClearButtonVisible(true);
        account.setId("audit-account");
        account.setLabel(getTranslation("audit.filter.account"));
        account.setPrefixComponent(VaadinIcon.SEARCH.create());
        account.setClearButtonVisible(true);
        account.setValueChangeMode(ValueChangeMode.LAZY);
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.filter.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.filter.to"));
        action.addValueChangeListener(e -> refresh());
        account.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(action, account, from, to);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private Grid<AuditLogEntry> configureGrid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(e -> WHEN.withLocale(Formats.locale()).format(e.getOccurredAt()))
                .setHeader(getTranslation("audit.column.when"))
                .setKey("when").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> AuditAction.of(e.getAction()).map(a -> getTranslation(a.messageKey())).orElse(e.getAction()))
                .setHeader(getTranslation("audit.column.action")).setKey("action").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditLogEntry::getActor).setHeader(getTranslation("audit.column.actor")).setKey("actor")
                .setAutoWidth(true);
        grid.addColumn(AuditLogEntry::getTarget).setHeader(getTranslation("audit.column.target")).setKey("target")
                .setAutoWidth(true);
        grid.addColumn(AuditLogEntry::getRemoteAddress).setHeader(getTranslation("audit.column.address"))
                .setKey("address").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> AuditDetails.of(entry, this)).setHeader(getTranslation("audit.column.detail")).setKey("detail")
                .setFlexGrow(2);
        grid.setSizeFull();
        return grid;
    }

    private void refresh() {
        AuditFilter filter = new AuditFilter(action.getValue() == null ? null : action.getValue().name(),
                account.getValue(), from.getValue(), to.getValue());
        grid.setItems(query -> log.find(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, log.count(filter)));
    }

    @Override
    public String viewTitle() {
        return getTranslation("audit.title");
    }
}
