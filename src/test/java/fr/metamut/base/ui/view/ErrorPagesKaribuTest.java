package fr.metamut.base.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import fr.metamut.base.ui.MainLayout;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import org.junit.jupiter.api.Test;

/** Unknown and forbidden pages answer in French, inside the layout, never with a framework page. */
class ErrorPagesKaribuTest extends KaribuTest {

    /** An address that is no route at all is checked in the browser tier: the mock request carries no user. */
    @Test
    void an_unknown_offer_shows_a_french_404_inside_the_layout() {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        useFrench();
        UI.getCurrent().navigate("offres/999999");

        NotFoundView page = (NotFoundView) UI.getCurrent().getCurrentView();
        assertThat(page.getParent()).get().isInstanceOf(MainLayout.class);
        assertThat(_get(page, H2.class).getText()).isEqualTo("Page introuvable");
        assertThat(_get(page, Paragraph.class).getText()).contains("/offres/999999");
    }

    @Test
    void an_unknown_operator_code_is_a_french_404_too() {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        useFrench();
        UI.getCurrent().navigate("operateurs/inconnu");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void a_director_opening_the_accounts_page_is_told_in_french_without_a_framework_page() {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        useFrench();
        UI.getCurrent().navigate("admin/comptes");

        // development mode says "access denied", production says "not found" so as not to reveal the page
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOfAny(AccessDeniedView.class, NotFoundView.class);
        assertThat(_get(H2.class).getText()).isIn("Accès refusé", "Page introuvable");
    }

    @Test
    void the_login_address_people_bookmark_leads_to_the_login_page_or_home() {
        UI.getCurrent().navigate("login");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("connexion");

        login(TestUsers.COORDINATOR);
        UI.getCurrent().navigate("login");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEmpty();
    }
}
