package fr.metamut.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.support.TestUsers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** The login form and a director's first steps, in real Chromium. */
class LoginBrowserTest extends BrowserTest {

    /** Keeps every Content-Security-Policy violation of the tab, from the first script of each page on. */
    private static final String RECORD_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e => {
                const seen = JSON.parse(sessionStorage.getItem('csp-violations') || '[]');
                seen.push(e.effectiveDirective + ' blocked ' + e.blockedURI + ' (' + e.sourceFile + ':' + e.lineNumber + ')');
                sessionStorage.setItem('csp-violations', JSON.stringify(seen));
            });
            """;

    @Autowired
    OfferFixtures offers;

    @Test
    void anonymous_visitor_is_sent_to_the_french_login_page() {
        open("operateurs");

        wait(Duration.ofSeconds(30)).until(d -> currentPath().equals("connexion"));
        WebElement form = waitFor(By.id("login-form"));
        assertThat(driver.getTitle()).isEqualTo("Connexion · Métamut");
        assertThat(form.getText()).contains("Connexion", "Identifiant", "Mot de passe", "Se connecter");
        screenshot("login.png");
    }

    @Test
    void director_logs_in_and_sees_the_offerings_of_somme_numerique() {
        login(TestUsers.DIRECTOR_SOMME_NUM);

        assertThat(currentPath()).as("the desk is the page after the login form").isEmpty();
        waitFor(By.id("desk"));
        assertThat(driver.findElement(By.id("current-user-role")).getText()).contains("Somme Numérique");

        open("operateurs/SOMME_NUM");
        WebElement grid = waitFor(By.id("offerings-grid"));
        wait(Duration.ofSeconds(30)).until(d -> grid.getText().contains("Hébergement"));
        assertThat(driver.findElement(By.tagName("h2")).getText()).isEqualTo("Somme Numérique");
        assertThat(driver.getTitle()).isEqualTo("Somme Numérique · Métamut");
        screenshot("operator-somme-numerique.png");

        driver.findElement(By.id("logout")).click();
        wait(Duration.ofSeconds(30)).until(d -> currentPath().equals("connexion"));
        waitFor(By.id("login-form"));
    }

    @Test
    void a_bookmarked_login_address_leads_home_after_logging_in_and_unknown_pages_say_so_in_french() {
        open("login");
        wait(Duration.ofSeconds(30)).until(d -> currentPath().equals("connexion"));

        login(TestUsers.DIRECTOR_SOMME_NUM);
        assertThat(currentPath()).as("home, not the login address kept as the page to return to").isEmpty();
        waitFor(By.id("desk"));

        open("operateurs/inconnu");
        WebElement page = waitFor(By.id("not-found"));
        assertThat(page.getText()).contains("Page introuvable", "/operateurs/inconnu", "Revenir à mon bureau");
        assertThat(driver.findElements(By.id("main-menu"))).as("inside the layout").isNotEmpty();
        screenshot("not-found.png");

        open("nulle-part");
        assertThat(waitFor(By.id("not-found")).getText()).contains("Page introuvable", "/nulle-part");
    }

    @Test
    void the_login_page_and_the_main_pages_break_no_rule_of_the_content_security_policy() {
        JointOffer offer = offers.offerIn(OfferStatus.BROUILLON);
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));

        open("connexion");
        waitFor(By.id("login-form"));
        login(OfferFixtures.LEAD);
        waitFor(By.id("desk"));
        for (String page : List.of("couverture", "carte", "offres/" + offer.getId())) {
            open(page);
        }
        waitFor(By.id("offer-summary"));

        assertThat(violations()).as("pages load, push connects, the editor runs under the policy").isEmpty();
        // the check itself: an image from elsewhere is refused, and seen
        ((JavascriptExecutor) driver).executeScript("document.body.appendChild(new Image()).src = 'https://example.invalid/x.png';");
        wait(Duration.ofSeconds(10)).until(d -> !violations().isEmpty());
        assertThat(violations()).singleElement().asString().startsWith("img-src blocked https://example.invalid/x.png");
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return JSON.parse(sessionStorage.getItem('csp-violations') || '[]');");
    }
}
