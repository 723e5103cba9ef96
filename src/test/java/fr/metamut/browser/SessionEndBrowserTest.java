package fr.metamut.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 10, "a disabled account keeps working", in two real browsers: a director has the AFOM page open,
 * an administrator disables the account from the accounts page, and the director's tab — which the
 * director does not touch — goes to the login page through push, saying why; reloading does not get the
 * director back in.
 */
class SessionEndBrowserTest extends BrowserTest {

    private static final String DIRECTOR = "directeur.cdg62";

    @Autowired
    UserAccountRepository accounts;

    @AfterEach
    void enableTheDirectorAgain() {
        UserAccount director = accounts.findByUsernameIgnoreCase(DIRECTOR).orElseThrow();
        director.setEnabled(true);
        accounts.save(director);
    }

    @Test
    void director_tab_lands_on_the_login_page_when_the_admin_disables_the_account() throws Exception {
        WebDriver directorBrowser = driver;
        login(DIRECTOR);
        open("afom");
        waitFor(By.tagName("h2"));

        driver = newBrowser();
        login("admin");
        open("admin/comptes");
        WebElement search = waitFor(By.cssSelector("#accounts-search input"));
        search.sendKeys("cdg62");
        waitForVaadin();
        WebElement toggle = wait(Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector(".account-toggle"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        click(toggle);
        click(waitFor(By.cssSelector("#confirm-dialog [slot=confirm-button]")));
        waitForVaadin();

        driver = directorBrowser;
        wait(Duration.ofSeconds(30)).until(d -> currentPath().equals("connexion"));
        WebElement notice = waitFor(By.id("login-notice"));
        assertThat(notice.getText()).contains("Votre session a été fermée", "désactivé");
        screenshot("session-ended-disabled.png");

        open("afom");
        wait(Duration.ofSeconds(30)).until(d -> currentPath().equals("connexion"));
        waitFor(By.id("login-form"));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
