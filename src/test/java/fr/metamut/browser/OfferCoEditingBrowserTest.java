package fr.metamut.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.support.TestUsers;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two users at once, in two Chromium browsers: what one does reaches the other's screen by server push,
 * without a reload (presence avatars, a field being edited, a saved value, the bell after a decision);
 * a value saved in a field someone is typing in waits beside it; a closed tab leaves the room. And for one
 * user: keys just typed, not yet sent to the server, still make the browser ask before the tab is reloaded or closed.
 */
class OfferCoEditingBrowserTest extends BrowserTest {

    private static final Duration PUSH = Duration.ofSeconds(30);

    @Autowired
    OfferFixtures fixtures;

    @Test
    void lead_and_partner_see_each_other_and_a_value_saved_by_one_appears_in_the_other_browser() throws IOException {
        JointOffer offer = fixtures.offerIn(OfferStatus.BROUILLON);
        WebDriver lead = driver;
        WebDriver partner = leadHereAndPartnerInANewBrowser(offer, false);

        wait(PUSH).until(d -> avatarNames().contains("Direction Somme Numérique"));
        driver = lead;
        wait(PUSH).until(d -> avatarNames().contains("Direction Adico"));

        // the partner enters the title field: the lead sees who is editing it
        driver = partner;
        driver.findElement(By.cssSelector("#offer-title input")).click();
        driver = lead;
        WebElement leadTitle = driver.findElement(By.id("offer-title"));
        wait(PUSH).until(d -> leadTitle.getAttribute("class").contains("being-edited"));
        assertThat(driver.findElement(By.id("offer-editing-TITLE")).getText())
                .contains("En cours de modification par Direction Adico");
        screenshot("offer-co-editing.png");

        // the partner writes a summary and saves: it appears in the lead's browser, no reload
        driver = partner;
        WebElement summary = driver.findElement(By.cssSelector("#offer-summary textarea"));
        summary.clear();
        summary.sendKeys("Résumé écrit par Adico");
        click(driver.findElement(By.id("offer-save")));
        wait(PUSH).until(d -> "Résumé écrit par Adico".equals(property("offer-summary", "value")));
        driver = lead;
        wait(PUSH).until(d -> "Résumé écrit par Adico".equals(property("offer-summary", "value")));
        screenshot("offer-co-editing-saved.png");
    }

    @Test
    void a_budget_saved_by_the_lead_while_the_partner_types_in_it_is_held_and_no_value_is_lost() throws IOException {
        JointOffer offer = fixtures.offerIn(OfferStatus.BROUILLON);
        WebDriver lead = driver;
        WebDriver partner = leadHereAndPartnerInANewBrowser(offer, false);

        // the partner types in the budget and stays in it
        WebElement partnerBudget = waitFor(By.cssSelector("#offer-budget input"));
        partnerBudget.click();
        partnerBudget.sendKeys(Keys.chord(Keys.CONTROL, "a"), "90000");
        waitForVaadin();

        // the lead saves another budget
        driver = lead;
        WebElement leadBudget = waitFor(By.cssSelector("#offer-budget input"));
        leadBudget.click();
        leadBudget.sendKeys(Keys.chord(Keys.CONTROL, "a"), "150000");
        click(driver.findElement(By.id("offer-save")));
        wait(PUSH).until(d -> !d.findElements(By.cssSelector("vaadin-notification-card")).isEmpty());

        // the partner's typing is still there, the lead's value waits beside it, the focus did not move
        driver = partner;
        WebElement hold = wait(PUSH).until(ExpectedConditions.visibilityOfElementLocated(By.id("offer-hold-BUDGET_TOTAL")));
        assertThat(spaces(hold.getText())).contains("Direction Somme Numérique a enregistré 150 000 € :");
        assertThat(property("offer-budget", "value")).isEqualTo("90000");
        assertThat((Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('offer-budget').contains(document.activeElement)"
                        + " || document.getElementById('offer-budget').hasAttribute('focused');")).isTrue();
        screenshot("offer-held-budget.png");

        // saving over it is a conflict showing both values; keeping mine saves it knowingly
        click(driver.findElement(By.id("offer-save")));
        WebElement conflict = waitFor(By.id("conflict-dialog"));
        wait(PUSH).until(d -> spaces(conflictText()).contains("150 000 €") && spaces(conflictText()).contains("90 000 €"));
        wait(PUSH).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const a = document.activeElement; return !!a && a.closest('#conflict-choice-BUDGET_TOTAL') !== null;")));
        screenshot("offer-budget-conflict.png");
        click(driver.findElement(By.id("conflict-apply")));
        wait(PUSH).until(d -> d.findElements(By.id("conflict-dialog")).isEmpty() || !conflict.isDisplayed());
        wait(PUSH).until(d -> fixtures.budgetOf(offer.getId()).compareTo(new java.math.BigDecimal("90000")) == 0);
        assertThat(fixtures.budgetHistory(offer.getId())).contains("150 000 €", "90 000 €");
    }

    /**
     * Seen when tried: « abc » typed in the summary and the page reloaded 50 ms later was lost without a question (the
     * field sends its value 400 ms after the last key; until then the server did not know of a change).
     */
    @Test
    void keys_typed_just_before_a_reload_make_the_browser_ask_first() {
        JointOffer offer = fixtures.offerIn(OfferStatus.BROUILLON);
        login(OfferFixtures.LEAD);
        open("offres/" + offer.getId());
        waitFor(By.cssSelector("#offer-summary textarea"));
        assertThat(leavingAsks()).isFalse();

        // typed and unloaded in one go: the server cannot have heard of it yet
        assertThat((Boolean) ((JavascriptExecutor) driver).executeScript("""
                const area = document.querySelector('#offer-summary textarea');
                area.value = area.value + 'abc';
                area.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
                const unload = new Event('beforeunload', {cancelable: true});
                window.dispatchEvent(unload);
                return unload.defaultPrevented;""")).isTrue();

        // once sent, the server's own account keeps asking; once saved, leaving asks nothing
        wait(PUSH).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.metamutUnsavedChanges")));
        assertThat(leavingAsks()).isTrue();
        click(driver.findElement(By.id("offer-save")));
        wait(PUSH).until(d -> Boolean.FALSE.equals(((JavascriptExecutor) d).executeScript("return window.metamutUnsavedChanges")));
        assertThat(leavingAsks()).isFalse();
    }

    /** Whether the page's {@code beforeunload} handler would make the browser ask before leaving. */
    private boolean leavingAsks() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("""
                const unload = new Event('beforeunload', {cancelable: true});
                window.dispatchEvent(unload);
                return unload.defaultPrevented;""");
    }

    @Test
    void the_avatar_of_a_partner_who_closes_the_tab_leaves_the_leads_page() throws IOException {
        JointOffer offer = fixtures.offerIn(OfferStatus.BROUILLON);
        WebDriver lead = driver;
        WebDriver partner = leadHereAndPartnerInANewBrowser(offer, true);
        String firstTab = partner.getWindowHandles().stream().filter(h -> !h.equals(partner.getWindowHandle())).findFirst().orElseThrow();
        waitFor(By.cssSelector("#offer-title input")).click();

        driver = lead;
        wait(PUSH).until(d -> avatarNames().contains("Direction Adico"));
        wait(PUSH).until(d -> d.findElement(By.id("offer-editing-TITLE")).isDisplayed());
        driver = partner;
        driver.close();
        driver.switchTo().window(firstTab);

        // the tab's unload beacon closes its UI at once; the heartbeat sweep (90 s) is only the fallback
        driver = lead;
        wait(Duration.ofSeconds(20)).until(d -> !avatarNames().contains("Direction Adico"));
        assertThat(avatarNames()).containsExactly("Direction Somme Numérique");
        assertThat(driver.findElements(By.id("offer-editing-TITLE"))).allMatch(e -> !e.isDisplayed());
        screenshot("offer-presence-after-tab-closed.png");
    }

    @Test
    void the_new_offer_dialog_takes_the_first_keys_typed_and_enter_creates_the_offer() {
        login(OfferFixtures.LEAD);
        open("offres");
        waitFor(By.id("offers-new")).click();
        waitFor(By.cssSelector("#new-offer-title input"));
        wait(PUSH).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.activeElement !== null && document.activeElement.closest('#new-offer-title') !== null")));
        driver.switchTo().activeElement().sendKeys("Téléphonie mutualisée", Keys.ENTER);
        wait(PUSH).until(d -> currentPath().startsWith("offres/"));
        wait(PUSH).until(d -> "Téléphonie mutualisée".equals(property("offer-title", "value")));
    }

    @Test
    void the_leads_bell_counts_the_decision_of_the_coordinator_in_the_other_browser() throws IOException {
        JointOffer offer = fixtures.offerIn(OfferStatus.SOUMISE);
        WebDriver lead = driver;
        login(OfferFixtures.LEAD);
        waitFor(By.id("notification-bell-button"));
        int before = bellCount();

        WebDriver coordinator = newBrowser();
        driver = coordinator;
        login(TestUsers.COORDINATOR);
        open("offres/" + offer.getId());
        waitFor(By.id("offer-action-take")).click();
        waitFor(By.id("offer-action-validate")).click();
        waitFor(By.cssSelector("#rationale-text textarea")).sendKeys("Répond à l’absence d’archivage du 62");
        click(driver.findElement(By.id("rationale-confirm")));
        wait(PUSH).until(d -> d.findElement(By.id("offer-status")).getText().equals("Validée"));
        screenshot("offer-validated-by-coordinator.png");

        driver = lead;
        // taken for review, then validated: two notifications, pushed to the open page
        wait(PUSH).until(d -> bellCount() == before + 2);
        screenshot("offer-bell-count.png");
        driver.findElement(By.id("notification-bell-button")).click();
        WebElement list = waitFor(By.id("notification-list"));
        wait(PUSH).until(d -> list.getText().contains("Coordination Région a validé l’offre « " + offer.getTitle() + " »."));
        assertThat(list.getText()).contains("Coordination Région a pris l’offre « " + offer.getTitle() + " » en instruction.");
        screenshot("offer-bell.png");
    }

    /** The bell's number; with no unread notification the count is hidden, and Vaadin does not render it. */
    private int bellCount() {
        List<WebElement> count = driver.findElements(By.id("notification-count"));
        String text = count.isEmpty() || !count.getFirst().isDisplayed() ? "" : count.getFirst().getText().strip();
        return text.isEmpty() ? 0 : Integer.parseInt(text);
    }

    /** Clicks a button that may be below the fold of the window. */
    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    @SuppressWarnings("unchecked")
    private List<String> avatarNames() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "const g = document.getElementById('offer-presence');"
                        + "return g && g.items ? g.items.map(i => i.name) : [];");
    }

    /**
     * The lead on the offer's page in this browser, then the partner in a second browser (in a second tab
     * when {@code secondTab}, the first staying on the dashboard), which becomes {@link #driver}.
     */
    private WebDriver leadHereAndPartnerInANewBrowser(JointOffer offer, boolean secondTab) throws IOException {
        login(OfferFixtures.LEAD);
        open("offres/" + offer.getId());
        waitFor(By.id("offer-summary"));
        driver = newBrowser();
        login(OfferFixtures.PARTNER);
        if (secondTab) {
            driver.switchTo().newWindow(WindowType.TAB);
        }
        open("offres/" + offer.getId());
        waitFor(By.id("offer-summary"));
        return driver;
    }

    private String conflictText() {
        return driver.findElement(By.id("conflict-dialog")).getText();
    }

    /** French numbers use narrow no-break spaces: compare them as plain spaces. */
    private static String spaces(String text) {
        return text == null ? "" : text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private Object property(String id, String name) {
        return ((JavascriptExecutor) driver).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e[arguments[1]] : null;", id, name);
    }
}
