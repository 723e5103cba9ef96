package fr.metamut.security.ui.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.ui.PageContribution;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.security.service.MyAccountService;
import fr.metamut.security.service.ProfileDraft;
import fr.metamut.security.ui.component.ProfileDialog;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * "Mon compte": the user's name and e-mail address (changed in a {@link ProfileDialog}), the way to the password
 * change, and what other features add here ({@link PageContribution}s of place {@value #CONTRIBUTIONS}, such as
 * the e-mail notification preferences).
 */
@Route("mon-compte")
@PermitAll
public class MyAccountView extends VerticalLayout implements TitledView {

    /** Where other features add sections to this page. */
    public static final String CONTRIBUTIONS = "my-account";

    private final MyAccountService account;
    private final AppUser me;
    private final Div profile = new Div();

    public MyAccountView(MyAccountService account, CurrentUser currentUser, List<PageContribution> contributions) {
        this.account = account;
        this.me = currentUser.require();
        setId("my-account-view");
        setMaxWidth("48rem");
        profile.setId("my-profile");
        profile.addClassName("my-account-profile");
        Button edit = new Button(getTranslation("myaccount.profile.edit"), VaadinIcon.EDIT.create(), click -> editProfile());
        edit.setId("profile-edit");
        Button password = new Button(getTranslation("password.change"), VaadinIcon.KEY.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class)));
        password.setId("change-password");
        add(new ViewHeader(viewTitle()), new H3(getTranslation("myaccount.profile")), profile,
                new HorizontalLayout(edit, password));
        PageContribution.createAll(contributions, CONTRIBUTIONS).forEach(this::add);
        showProfile();
    }

    private void showProfile() {
        ProfileDraft mine = account.profile();
        String role = getTranslation("role." + me.getRole().name());
        profile.removeAll();
        profile.add(line("myaccount.username", me.getUsername()),
                line("account.displayName", mine.getDisplayName()),
                line("account.email", mine.getEmail().isEmpty() ? getTranslation("myaccount.email.none") : mine.getEmail()),
                line("account.role", me.getOperatorName() == null ? role : role + " · " + me.getOperatorName()));
    }

    private Div line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("my-account-label");
        Div line = new Div(label, new Span(value));
        line.addClassName("my-account-line");
        return line;
    }

    private void editProfile() {
        new ProfileDialog(account::updateProfile, this::showProfile).edit(account.profile());
    }

    @Override
    public String viewTitle() {
        return getTranslation("myaccount.title");
    }
}
