package fr.metamut.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import fr.metamut.coverage.ui.view.DashboardView;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The side menu offers each user the pages they may open, and the frame says who is logged in. */
class MainLayoutKaribuTest extends KaribuTest {

    private static final String ACCOUNTS = "admin/comptes";
    private static final String AUDIT = "admin/journal";

    @ParameterizedTest
    @ValueSource(strings = {TestUsers.DIRECTOR_SOMME_NUM, TestUsers.COORDINATOR})
    void menu_hides_the_accounts_entry_from_non_admins(String username) {
        login(username);
        navigate(DashboardView.class);

        assertThat(menuPaths()).startsWith("", "tableau-de-bord", "couverture")
                .contains("operateurs", "services", "departements", "offres").doesNotContain(ACCOUNTS, AUDIT);
        if (username.equals(TestUsers.COORDINATOR)) {
            assertThat(menuPaths()).contains("instruction");
        } else {
            assertThat(menuPaths()).doesNotContain("instruction");
        }
    }

    @Test
    void menu_shows_the_accounts_entry_to_admins() {
        login(TestUsers.ADMIN);
        navigate(DashboardView.class);

        assertThat(menuPaths()).contains("", "operateurs", "services", "departements").endsWith(ACCOUNTS, AUDIT);
    }

    @Test
    void menu_and_user_card_are_in_french_for_a_french_browser() {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        useFrench();
        navigate(DashboardView.class);

        assertThat(_get(SideNav.class, spec -> spec.withId("main-menu")).getItems()).extracting(SideNavItem::getLabel)
                .startsWith("Mon bureau", "Tableau de bord", "Couverture", "Besoins", "Carte")
                .contains("Opérateurs", "Offres conjointes", "Catalogue des services", "Départements");
        assertThat(_get(Span.class, spec -> spec.withId("current-user-role")).getText())
                .isEqualTo("Directeur · Somme Numérique");
    }

    private static List<String> menuPaths() {
        return _get(SideNav.class, spec -> spec.withId("main-menu")).getItems().stream()
                .map(SideNavItem::getPath).toList();
    }
}
