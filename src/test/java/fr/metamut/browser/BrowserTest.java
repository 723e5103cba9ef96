package fr.metamut.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Base of the browser tests: the whole application on a random port and its own in-memory H2 database,
 * driven by Debian's headless Chromium in French. Only for what a real browser shows (the login form's
 * redirects, rendered pages, push, downloads): everything else belongs in the faster Karibu tests.
 *
 * <p>Selenium never downloads anything: the browser and its driver are Debian's, given by path.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:metamut-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "vaadin.launch-browser=false",
        // the dev tools' floating button would show in every screenshot
        "vaadin.devmode.devTools.enabled=false"
})
public abstract class BrowserTest {

    /** The demo accounts' password (DemoAccountSeeder). */
    protected static final String DEMO_PASSWORD = "metamut2021";
    protected static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    // the first page in dev mode serves the frontend bundle from scratch, which takes a while on 2 cores
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    private int port;

    /** The browser the helpers act in. */
    protected WebDriver driver;
    private final List<WebDriver> browsers = new ArrayList<>();
    private final List<ChromeDriverService> services = new ArrayList<>();
    private final List<Path> profiles = new ArrayList<>();

    /**
     * Vaadin installs its security-context strategy globally when an application context starts, and each
     * context's method security reads its own: this server's while a browser test runs (its fixtures log
     * users in through {@code SecurityContextHolder}), the other tests' afterwards, whichever started first.
     */
    private static final SecurityContextHolderStrategy STRATEGY_BEFORE_BROWSER_TESTS =
            SecurityContextHolder.getContextHolderStrategy();

    @Autowired
    private ObjectProvider<SecurityContextHolderStrategy> strategyOfThisServer;

    private SecurityContextHolderStrategy strategyOfOtherTests;

    @BeforeEach
    void useTheSecurityStrategyOfThisServer() {
        SecurityContextHolderStrategy current = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolderStrategy mine = strategyOfThisServer.getIfUnique(() -> current);
        strategyOfOtherTests = current == mine ? STRATEGY_BEFORE_BROWSER_TESTS : current;
        SecurityContextHolder.setContextHolderStrategy(mine);
    }

    @AfterEach
    void restoreTheSecurityStrategyOfOtherTests() {
        SecurityContextHolder.clearContext();
        SecurityContextHolder.setContextHolderStrategy(strategyOfOtherTests);
    }

    @BeforeEach
    void startBrowser() throws IOException {
        driver = newBrowser();
    }

    /**
     * A second (third...) browser with its own profile, for tests of several users at once: assign it to
     * {@link #driver} to make the helpers act in it. Closed after the test like the first one.
     */
    protected WebDriver newBrowser() throws IOException {
        Path profile = Files.createTempDirectory("metamut-chromium-");
        profiles.add(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--window-size=1400,1000", "--lang=fr-FR",
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        services.add(service);
        WebDriver browser = new ChromeDriver(service, options);
        browsers.add(browser);
        return browser;
    }

    @AfterEach
    void stopBrowser() throws IOException {
        try {
            browsers.forEach(WebDriver::quit);
        } finally {
            services.forEach(ChromeDriverService::stop);
            for (Path profile : profiles) {
                deleteRecursively(profile);
            }
            browsers.clear();
            services.clear();
            profiles.clear();
        }
    }

    /** Opens a route of the application ({@code ""} for the dashboard) and waits until Vaadin is idle. */
    protected void open(String path) {
        driver.get("http://localhost:" + port + "/" + path);
        waitForVaadin();
    }

    /** Logs a demo account in through the real login form, and waits for the page that follows it. */
    protected void login(String username) {
        fillLoginForm(username).click();
        wait(TIMEOUT).until(d -> !currentPath().startsWith("connexion"));
        waitForVaadin();
    }

    /** Opens the login form if needed and types a demo account's credentials; returns the button that sends them. */
    protected WebElement fillLoginForm(String username) {
        if (!currentPath().equals("connexion")) {
            open("connexion");
        }
        WebElement form = waitFor(By.id("login-form"));
        type(form.findElement(By.cssSelector("vaadin-text-field[name=username] input")), username);
        type(form.findElement(By.cssSelector("vaadin-password-field[name=password] input")), DEMO_PASSWORD);
        return form.findElement(By.cssSelector("vaadin-button[slot=submit]"));
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>} and returns that path. */
    protected Path screenshot(String name) {
        // Vaadin's loading bar fades out for ~0.8 s after each round trip: wait until it is gone from the picture
        wait(TIMEOUT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const bar = document.querySelector('.v-loading-indicator');
                return !bar || (bar.style.display === 'none' && getComputedStyle(bar).opacity === '0');
                """)));
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            return Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path of the current page without its leading slash and query, e.g. {@code operateurs/SOMME_NUM}. */
    protected String currentPath() {
        String url = driver.getCurrentUrl();
        if (url == null || !url.startsWith("http")) {
            return "";
        }
        String path = java.net.URI.create(url).getPath();
        return path == null ? "" : path.replaceFirst("^/", "");
    }

    protected WebElement waitFor(By locator) {
        return wait(TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    protected WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /** Waits until the Flow client has loaded and has no request in flight (as TestBench does). */
    protected void waitForVaadin() {
        wait(TIMEOUT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients || Object.keys(flow.clients).length === 0) {
                    return false;
                }
                return Object.values(flow.clients).every(client => !client.isActive());
                """)));
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
