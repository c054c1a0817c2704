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
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
 * Selenium Manager; waits for page loads and PrimeFaces ajax, each wait on a condition and none
 * longer than the one timeout it is given; checks a page with axe-core and at phone width.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    /** The narrowest phone the portal is made for. */
    static final Dimension PHONE = new Dimension(360, 780);
    private static final Dimension DESKTOP = new Dimension(1280, 900);

    private final WebDriver driver;
    private final String baseUrl;
    private final Duration wait;
    private final Path screenshots = Path.of("target", "screenshots");

    /** A browser whose every wait (a page, an ajax update, a text) gives up after {@code wait}. */
    Browser(String baseUrl, Duration wait) throws IOException {
        this.wait = wait;
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
        driver.manage().timeouts().pageLoadTimeout(wait);
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
        return new WebDriverWait(driver, wait).ignoring(NoSuchElementException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText());
    }

    /** The page's messages; read again when an ajax update replaces them while they are read. */
    String messages() {
        return new WebDriverWait(driver, wait).ignoring(StaleElementReferenceException.class)
                .until(d -> findAll(".ui-messages, .ui-message, .notice").stream().map(WebElement::getText)
                        .collect(Collectors.joining("\n")));
    }

    /**
     * Waits until the element's text contains {@code expected} (an autosave status, say), reading
     * the element afresh each time because ajax updates replace it.
     */
    void awaitText(String id, String expected) {
        new WebDriverWait(driver, wait).ignoring(StaleElementReferenceException.class)
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

    /** How many redirects led to the page shown (the browser's own navigation timing): 1 after a redirect after POST. */
    long redirectCount() {
        return ((Number) script("return performance.getEntriesByType('navigation')[0].redirectCount")).longValue();
    }

    /** Goes back to a session kept earlier, as a tab left open in another window would. */
    void resumeSession(Set<Cookie> session) {
        driver.manage().deleteAllCookies();
        session.forEach(driver.manage()::addCookie);
    }

    /**
     * Opens the page again and again until its text meets the condition (a list that fills in from
     * work done in the background); fails after the wait.
     */
    void openUntil(String path, Predicate<String> condition) {
        new WebDriverWait(driver, wait).until(d -> {
            open(path);
            return condition.test(text());
        });
    }

    /**
     * Fails with the list of WCAG 2.2 A/AA violations axe-core finds on the current page, or when
     * the page does not fit a phone ({@link #assertFitsPhoneWidth}).
     */
    void assertAccessible() {
        assertFitsPhoneWidth();
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

    /**
     * At {@link #PHONE} width the page scrolls only up and down (the document is no wider than the
     * window) and no two visible controls cover each other; fails naming the page and the elements.
     * Back at desktop width afterwards.
     */
    void assertFitsPhoneWidth() {
        driver.manage().window().setSize(PHONE);
        try {
            new WebDriverWait(driver, wait).until(d -> Boolean.TRUE.equals(script("return window.innerWidth <= arguments[0]", PHONE.width)));
            @SuppressWarnings("unchecked")
            Map<String, Object> layout = (Map<String, Object>) script(PHONE_LAYOUT);
            assertTrue(((Number) layout.get("scrollWidth")).longValue() <= ((Number) layout.get("innerWidth")).longValue(),
                    path() + " scrolls sideways at " + PHONE.width + " px: the page is " + layout.get("scrollWidth")
                            + " px wide; wider than the window: " + layout.get("tooWide"));
            assertTrue(((List<?>) layout.get("overlaps")).isEmpty(),
                    path() + " has controls covering each other at " + PHONE.width + " px: " + layout.get("overlaps"));
        } finally {
            driver.manage().window().setSize(DESKTOP);
        }
    }

    /**
     * Measures the page as laid out now: its width, the innermost elements reaching past the
     * window's right edge (not counting those in a box that scrolls on its own, as a wide table
     * does), and each pair of visible controls (buttons, links, form fields) whose
     * boxes (one per line of text, so a link wrapping beside another is not counted) overlap by
     * more than a rounding pixel. A control inside another (a button in a link) is not a pair;
     * nor is anything hidden, clipped to a pixel for screen readers, or moved off the page.
     */
    private static final String PHONE_LAYOUT = """
            var width = window.innerWidth;
            function describe(e) {
              var text = (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ').substring(0, 40);
              return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (text ? ' "' + text + '"' : '');
            }
            function visible(e) {
              var style = getComputedStyle(e);
              return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
            }
            function scrollsInItsOwnBox(e) {
              for (var box = e.parentElement; box && box !== document.body; box = box.parentElement) {
                if (getComputedStyle(box).overflowX !== 'visible' && box.getBoundingClientRect().right <= width + 1) return true;
              }
              return false;
            }
            var tooWide = Array.from(document.body.querySelectorAll('*')).filter(function (e) {
              var box = e.getBoundingClientRect();
              return box.right > width + 1 && box.width > 0 && visible(e) && !scrollsInItsOwnBox(e)
                  && !Array.from(e.children).some(function (c) { return c.getBoundingClientRect().right > width + 1; });
            }).slice(0, 10).map(function (e) { return describe(e) + ' (to ' + Math.round(e.getBoundingClientRect().right + scrollX) + ' px)'; });
            var controls = Array.from(document.querySelectorAll('button, a[href], input:not([type=hidden]), select, textarea, [role=button]'))
                .filter(visible).map(function (e) {
                  return {element: e, boxes: Array.from(e.getClientRects()).filter(function (r) {
                    return r.width > 2 && r.height > 2 && r.right > 0 && r.bottom + scrollY > 0;
                  })};
                }).filter(function (c) { return c.boxes.length > 0; });
            var overlaps = [];
            for (var i = 0; i < controls.length; i++) {
              for (var j = i + 1; j < controls.length; j++) {
                var a = controls[i], b = controls[j];
                if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
                var covered = a.boxes.some(function (p) { return b.boxes.some(function (q) {
                  return Math.min(p.right, q.right) - Math.max(p.left, q.left) > 2 && Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 2;
                }); });
                if (covered) overlaps.push(describe(a.element) + ' and ' + describe(b.element));
              }
            }
            return {scrollWidth: document.documentElement.scrollWidth, innerWidth: width, tooWide: tooWide, overlaps: overlaps};
            """;

    /** Saves the current page at desktop and phone width under target/screenshots. */
    void screenshots(String name) throws IOException {
        Files.createDirectories(screenshots);
        shoot(name + "-desktop", DESKTOP);
        shoot(name + "-phone", PHONE);
        driver.manage().window().setSize(DESKTOP);
    }

    private void shoot(String name, Dimension size) throws IOException {
        driver.manage().window().setSize(size);
        File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private void waitForPage() {
        new WebDriverWait(driver, wait).ignoring(JavascriptException.class).until(d -> {
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
