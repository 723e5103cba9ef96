package fr.metamut.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main pages pass axe-core's rules (WCAG 2.1 A and AA) with no serious or critical violation, and the
 * keyboard reaches the content in one key press through the skip link.
 */
class AccessibilityBrowserTest extends BrowserTest {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @Autowired
    OfferFixtures offers;

    @Test
    void the_main_pages_have_no_serious_accessibility_violation() {
        JointOffer offer = offers.offerIn(OfferStatus.BROUILLON);
        login(OfferFixtures.LEAD);
        List<String> problems = new ArrayList<>();
        for (String page : List.of("", "tableau-de-bord", "couverture", "offres/" + offer.getId(), "plan-actions", "afom")) {
            open(page);
            // vaadin-tabs (of TabSheet) is left out: axe objects to a focusable div of the component's own shadow
            // structure inside the tablist, which the component manages (keyboard and roles work; not our markup)
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .exclude(List.of("vaadin-tabs")).analyze(driver);
            for (Rule violation : results.getViolations()) {
                if (BLOCKING.contains(violation.getImpact())) {
                    problems.add("/" + page + " " + violation.getId() + " (" + violation.getImpact() + "): "
                            + violation.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget()) + " " + n.getFailureSummary())
                            .collect(Collectors.joining(", ")));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void one_tab_reaches_the_skip_link_and_enter_goes_to_the_content() {
        login(OfferFixtures.LEAD);
        open("offres");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("skip-link");
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Aller au contenu");
        screenshot("skip-link.png");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat((Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.activeElement.hasAttribute('data-main-content')")).isTrue();
        // from the content, the page's own first control is one Tab away: not the 27 of the menu
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().findElements(By.xpath("ancestor::*[@id='main-menu']"))).isEmpty();
    }
}
