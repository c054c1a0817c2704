package org.alongside.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A small wrapper round Selenium for the portal's pages: Debian's Chromium, headless, never
 * Selenium Manager; waits for page loads and PrimeFaces ajax; checks every page with axe-core.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private final WebDriver driver;
    private final String baseUrl;
    private final Path screenshots = Path.of("target", "screenshots");

    Browser(String baseUrl) throws IOException {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("alongside-chromium").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    void open(String path) {
        driver.get(baseUrl + path);
        waitForPage();
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    String value(String id) {
        return find(id).getDomProperty("value");
    }

    /** Clicks and waits for whatever follows: a new page or a PrimeFaces ajax update. */
    void click(String id) {
        watchForLeaving();
        find(id).click();
        waitForPage();
    }

    /**
     * Marks the page so that {@link #waitForPage} can tell the old page from the next one: a form
     * submitted or a link followed sets the mark, and the new page has none. Without it, on a busy
     * machine the old page still looks loaded just after the click, and a test reads it.
     */
    private void watchForLeaving() {
        ((JavascriptExecutor) driver).executeScript("if (!window.__alongsideWatching) { window.__alongsideWatching = true;"
                + " document.addEventListener('submit', function () { window.__alongsideLeaving = true; }, true);"
                + " window.addEventListener('beforeunload', function () { window.__alongsideLeaving = true; }); }");
    }

    /** Clicks the first element the CSS selector finds, then waits like {@link #click}. */
    void clickFirst(String css) {
        watchForLeaving();
        driver.findElement(By.cssSelector(css)).click();
        waitForPage();
    }

    void select(String id, String visibleText) {
        new Select(find(id)).selectByVisibleText(visibleText);
        waitForPage();
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    void clickLabel(String forId) {
        driver.findElement(By.cssSelector("label[for='" + forId + "']")).click();
    }

    /** Presses Tab from where the focus is until the element with the id has it; fails after 30 presses. */
    void tabTo(String id) {
        for (int presses = 0; presses < 30; presses++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (id.equals(focusedId())) {
                return;
            }
        }
        throw new AssertionError("Tab never reached #" + id + " on " + path());
    }

    /** Types into whatever has the focus, then presses the given key (e.g. Tab or Enter). */
    void typeThenPress(String text, Keys key) {
        watchForLeaving();
        new Actions(driver).sendKeys(text).sendKeys(key).perform();
        waitForPage();
    }

    String focusedId() {
        return driver.switchTo().activeElement().getDomAttribute("id");
    }

    String focusedText() {
        return driver.switchTo().activeElement().getText();
    }

    void pressTab() {
        new Actions(driver).sendKeys(Keys.TAB).perform();
    }

    String title() {
        return driver.findElement(By.cssSelector("h1.page-title")).getText();
    }

    String text() {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(NoSuchElementException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText());
    }

    /** The page's messages; read again when an ajax update replaces them while they are read. */
    String messages() {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> findAll(".ui-messages, .ui-message, .notice").stream().map(WebElement::getText)
                        .collect(Collectors.joining("\n")));
    }

    /**
     * Waits until the element's text contains {@code expected} (an autosave status, say), reading
     * the element afresh each time because ajax updates replace it.
     */
    void awaitText(String id, String expected) {
        awaitText(id, expected, Duration.ofSeconds(30));
    }

    void awaitText(String id, String expected, Duration timeout) {
        new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .until(d -> find(id).getText().contains(expected));
    }

    /** Cuts the browser off the network, or gives it back, as a lost connection would (Chromium's network emulation). */
    void offline(boolean offline) {
        if (offline) {
            ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
            conditions.setOffline(true);
            ((ChromiumDriver) driver).setNetworkConditions(conditions);
        } else {
            ((ChromiumDriver) driver).deleteNetworkConditions();
        }
    }

    String sessionId() {
        Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    /**
     * The browser's cookies as one {@code Cookie} header, for a request sent beside the browser as
     * this session. All of them: with sessions on the data grid, Payara finds a session only with
     * its version cookie ({@code JSESSIONIDVERSION}) next to its id.
     */
    String cookieHeader() {
        return driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    /** The cookies that make this session, to come back to it later with {@link #resumeSession}. */
    Set<Cookie> sessionCookies() {
        return Set.copyOf(driver.manage().getCookies());
    }

    Cookie sessionCookie() {
        return driver.manage().getCookieNamed("JSESSIONID");
    }

    void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    /**
     * Closes this tab, as a person closing it would, and goes on in a new tab of the same browser:
     * what the page kept in this browser (localStorage) stays. WebDriver closes a tab without asking
     * the page's "leave this page?" question, as a crash or a tab closed in a hurry would.
     */
    void closeTabAndOpenAnother() {
        String closing = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String opened = driver.getWindowHandle();
        driver.switchTo().window(closing).close();
        driver.switchTo().window(opened);
    }

    /** Goes back to a session kept earlier, as a tab left open in another window would. */
    void resumeSession(Set<Cookie> session) {
        driver.manage().deleteAllCookies();
        session.forEach(driver.manage()::addCookie);
    }

    /** Fails with the list of WCAG 2.2 A/AA violations axe-core finds on the current page. */
    void assertAccessible() {
        // Legacy mode runs axe once in the page itself; the default runs it in parts and then opens
        // a blank window to join them, which is slower on every page and gains nothing here (the
        // portal has no cross-origin frames).
        Results results = new AxeBuilder().withTags(WCAG_TAGS).setLegacyMode(true).analyze(driver);
        List<Rule> violations = results.getViolations();
        String report = violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " -> " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertTrue(violations.isEmpty(), "Accessibility violations on " + path() + ":\n" + report);
    }

    /** Saves the current page at desktop and phone width under target/screenshots. */
    void screenshots(String name) throws IOException {
        Files.createDirectories(screenshots);
        shoot(name + "-desktop", new Dimension(1280, 900));
        shoot(name + "-phone", new Dimension(360, 780));
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private void shoot(String name, Dimension size) throws IOException {
        driver.manage().window().setSize(size);
        File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private void waitForPage() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(JavascriptException.class).until(d -> {
            JavascriptExecutor js = (JavascriptExecutor) d;
            // A document between two pages can be 'complete' with no body yet: wait for the body too.
            Object ready = js.executeScript("return window.__alongsideLeaving !== true"
                    + " && document.readyState === 'complete' && document.body !== null"
                    + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())");
            return Boolean.TRUE.equals(ready);
        });
    }

    @Override
    public void close() {
        driver.quit();
    }
}
