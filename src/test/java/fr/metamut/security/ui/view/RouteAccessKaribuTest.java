package fr.metamut.security.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.base.ui.view.AccessDeniedView;
import fr.metamut.base.ui.view.NotFoundView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import fr.metamut.audit.ui.view.AuditLogView;
import fr.metamut.catalog.ui.view.DepartementsView;
import fr.metamut.catalog.ui.view.OperatorDetailView;
import fr.metamut.catalog.ui.view.OperatorsView;
import fr.metamut.catalog.ui.view.ServicesView;
import fr.metamut.coverage.ui.view.DashboardView;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which pages each role reaches, checked through Vaadin's own navigation access control. */
class RouteAccessKaribuTest extends KaribuTest {

    private static final List<Class<? extends Component>> PAGES_OF_EVERY_ROLE = List.of(
            DashboardView.class, OperatorsView.class, ServicesView.class, DepartementsView.class);

    @Test
    void anonymous_user_is_sent_to_the_login_view_from_every_page() {
        for (Class<? extends Component> page : List.of(DashboardView.class, OperatorsView.class,
                ServicesView.class, DepartementsView.class, AccountsView.class, AuditLogView.class)) {
            UI.getCurrent().navigate(page);
            assertThat(UI.getCurrent().getCurrentView()).as(page.getSimpleName()).isInstanceOf(LoginView.class);
        }
        UI.getCurrent().navigate("operateurs/SOMME_NUM");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        _get(LoginForm.class, spec -> spec.withId("login-form"));
    }

    @ParameterizedTest
    @ValueSource(strings = {TestUsers.DIRECTOR_SOMME_NUM, TestUsers.COORDINATOR, TestUsers.ADMIN})
    void every_role_reaches_the_dashboard_operators_services_and_departements(String username) {
        login(username);
        for (Class<? extends Component> page : PAGES_OF_EVERY_ROLE) {
            assertThat(navigate(page)).as(page.getSimpleName()).isInstanceOf(page);
        }
        UI.getCurrent().navigate("operateurs/ADICO");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OperatorDetailView.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {TestUsers.DIRECTOR_SOMME_NUM, TestUsers.DIRECTOR_ADICO, TestUsers.COORDINATOR})
    void directors_and_coordinator_are_refused_the_accounts_page(String username) {
        login(username);
        navigate(DashboardView.class);

        UI.getCurrent().navigate(AccountsView.class);
        // the French error page inside the layout: "access denied" in development, "not found" in production
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOfAny(AccessDeniedView.class, NotFoundView.class);
    }

    @Test
    void admin_reaches_the_accounts_page() {
        login(TestUsers.ADMIN);
        assertThat(navigate(AccountsView.class)).isInstanceOf(AccountsView.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {TestUsers.DIRECTOR_SOMME_NUM, TestUsers.COORDINATOR})
    void only_admins_reach_the_audit_log(String username) {
        login(username);
        navigate(DashboardView.class);

        UI.getCurrent().navigate(AuditLogView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOfAny(AccessDeniedView.class, NotFoundView.class);
        login(TestUsers.ADMIN);
        assertThat(navigate(AuditLogView.class)).isInstanceOf(AuditLogView.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {TestUsers.DIRECTOR_SOMME_NUM, TestUsers.COORDINATOR, TestUsers.ADMIN})
    void every_role_reaches_its_password_page_and_anonymous_users_do_not(String username) {
        UI.getCurrent().navigate(ChangePasswordView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);

        login(username);
        assertThat(navigate(ChangePasswordView.class)).isInstanceOf(ChangePasswordView.class);
    }
}
