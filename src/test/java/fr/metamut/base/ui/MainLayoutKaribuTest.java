package fr.metamut.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import fr.metamut.coverage.ui.view.DashboardView;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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

        assertThat(menuItems()).extracting(Element::text)
                .startsWith("Mon bureau", "Tableau de bord", "Couverture", "Besoins", "Carte")
                .contains("Opérateurs", "Offres conjointes", "Catalogue des services", "Départements");
        assertThat(Jsoup.parseBodyFragment(_get(Div.class, spec -> spec.withClasses("app-header")).getElement()
                .getProperty("innerHTML")).select("span").eachText())
                .containsExactly("Métamut", "Méta-mutualisation des OPSN des Hauts-de-France");
        assertThat(_get(Span.class, spec -> spec.withId("current-user-role")).getText())
                .isEqualTo("Directeur · Somme Numérique");
    }

    @Test
    void a_menu_worked_out_for_one_role_is_never_shown_to_another() {
        login(TestUsers.ADMIN);
        navigate(DashboardView.class);
        assertThat(menuPaths()).contains(ACCOUNTS, AUDIT);

        login(TestUsers.DIRECTOR_SOMME_NUM);
        navigate(DashboardView.class);
        assertThat(menuPaths()).doesNotContain(ACCOUNTS, AUDIT, "instruction");

        login(TestUsers.COORDINATOR);
        navigate(DashboardView.class);
        assertThat(menuPaths()).contains("instruction").doesNotContain(ACCOUNTS, AUDIT);
    }

    @Test
    void the_same_role_gets_the_menu_in_each_users_language() {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        navigate(DashboardView.class);
        assertThat(menuItems()).extracting(Element::text).startsWith("My desk", "Dashboard");

        Locale jvm = Locale.getDefault();
        Locale.setDefault(Locale.FRENCH); // the mock browser speaks the JVM's language
        try {
            login(TestUsers.DIRECTOR_ADICO);
            navigate(DashboardView.class);
            assertThat(menuItems()).extracting(Element::text).startsWith("Mon bureau", "Tableau de bord");
        } finally {
            Locale.setDefault(jvm);
        }
    }

    @Test
    void menu_items_are_markup_under_one_server_node_each_with_its_icon() {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        navigate(DashboardView.class);

        assertThat(menu().getElement().getChildCount()).as("no server component per item").isZero();
        assertThat(menuItems()).hasSizeGreaterThan(10)
                .allSatisfy(item -> assertThat(item.select("> vaadin-icon[slot=prefix]").attr("icon")).startsWith("vaadin:"));
    }

    private static SideNav menu() {
        return _get(SideNav.class, spec -> spec.withId("main-menu"));
    }

    /** The items as the browser gets them. */
    private static List<Element> menuItems() {
        return Jsoup.parseBodyFragment(menu().getElement().getProperty("innerHTML")).select("vaadin-side-nav-item");
    }

    private static List<String> menuPaths() {
        return menuItems().stream().map(item -> item.attr("path")).toList();
    }
}
