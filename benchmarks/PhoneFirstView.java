import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page's first view on a phone: headless Chromium at 360 px, its network and CPU throttled the
 * way Lighthouse's mobile profile is (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, a CPU four
 * times slower), with an empty cache; then the same page again with what the first view cached.
 * Run by benchmarks/phone-first-view.sh, which starts the portal and signs a trainee in:
 *
 *   java -cp CLASSPATH benchmarks/PhoneFirstView.java BASE PATH "JSESSIONID=…; JSESSIONIDVERSION=…" ROUNDS
 *
 * Prints one Markdown table row per view, then the medians. Times are from the moment the page is
 * asked for. There is no time to first byte: under emulated throttling Chromium delays the body,
 * not the response's start, so that figure would leave the round trip out.
 */
public class PhoneFirstView {

    private static final String METRICS = """
            const page = performance.getEntriesByType('navigation')[0];
            const resources = performance.getEntriesByType('resource');
            const paint = performance.getEntriesByName('first-contentful-paint')[0];
            const at = time => performance.timeOrigin + time - arguments[0];
            return [paint ? at(paint.startTime) : -1, at(page.domContentLoadedEventEnd), at(page.loadEventEnd),
                    page.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
                    resources.length, resources.filter(r => r.transferSize === 0).length];
            """;

    record View(String kind, double firstPaint, double domReady, double loaded, double bytes,
                double resources, double fromCache) {

        String row() {
            return "| %s | %.0f | %.0f | %.0f | %.1f | %.0f (%.0f from the cache) |".formatted(kind, firstPaint, domReady,
                    loaded, bytes / 1024, resources, fromCache);
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String path = args[1];
        String cookies = args[2];
        int rounds = Integer.parseInt(args[3]);
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=360,740",
                "--user-data-dir=" + Files.createTempDirectory("phone-first-view").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2));
            // The session's cookies can only be set on a page of the portal's own address.
            driver.get(base + "/favicon.svg");
            for (String cookie : cookies.split(";\\s*")) {
                String[] nameAndValue = cookie.split("=", 2);
                driver.manage().addCookie(new Cookie(nameAndValue[0], nameAndValue[1], "/"));
            }
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 360, "height", 740, "deviceScaleFactor", 3, "mobile", true));
            driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
            driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 150,
                    "downloadThroughput", 1_600_000 / 8, "uploadThroughput", 750_000 / 8));
            List<View> first = new ArrayList<>();
            List<View> again = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
                first.add(view(driver, base + path, "first view, empty cache"));
                again.add(view(driver, base + path, "again, with the cache"));
            }
            System.out.println("| view | first paint (ms) | DOM ready (ms) | loaded (ms) | KiB sent | files |");
            System.out.println("|---|---|---|---|---|---|");
            for (int round = 0; round < rounds; round++) {
                System.out.println(first.get(round).row());
                System.out.println(again.get(round).row());
            }
            System.out.println(median(first, "median, first view").row());
            System.out.println(median(again, "median, again").row());
        } finally {
            driver.quit();
        }
    }

    private static View view(ChromeDriver driver, String url, String kind) {
        long asked = System.currentTimeMillis();
        driver.get(url);
        if (!driver.getPageSource().contains("id=\"lessonText\"") && url.contains("lesson.xhtml")) {
            throw new IllegalStateException("Not the lesson page: " + driver.getCurrentUrl());
        }
        JavascriptExecutor script = driver;
        new WebDriverWait(driver, Duration.ofMinutes(1)).until(page -> (Boolean) script.executeScript(
                "return performance.getEntriesByType('navigation')[0].loadEventEnd > 0"));
        @SuppressWarnings("unchecked")
        List<Number> metrics = (List<Number>) script.executeScript(METRICS, asked);
        return new View(kind, metrics.get(0).doubleValue(), metrics.get(1).doubleValue(), metrics.get(2).doubleValue(),
                metrics.get(3).doubleValue(), metrics.get(4).doubleValue(), metrics.get(5).doubleValue());
    }

    private static View median(List<View> views, String kind) {
        return new View(kind, median(views, View::firstPaint), median(views, View::domReady),
                median(views, View::loaded), median(views, View::bytes), median(views, View::resources),
                median(views, View::fromCache));
    }

    private static double median(List<View> views, java.util.function.ToDoubleFunction<View> value) {
        List<Double> sorted = views.stream().map(value::applyAsDouble).sorted(Comparator.naturalOrder()).toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
