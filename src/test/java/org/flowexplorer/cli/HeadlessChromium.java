package org.flowexplorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless {@code chromium} driven by {@code chromedriver} through Selenium, with the
 * browser's network and console logs recorded, so a test can list every request a page made and
 * every message it logged. Selenium Manager is never asked for a driver (no download): both
 * executables are given by path. Missing executables skip the test, unless the environment
 * variable {@code FLOW_EXPLORER_REQUIRE_BROWSER} is set (as {@code .ci/run} does), where they fail it.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    /** Selenium warns that it has no DevTools bindings for this Chromium; the tests use none. Held: loggers are weak. */
    private static final java.util.logging.Logger DEVTOOLS_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");
    private final ChromeDriver driver;
    private final ObjectMapper json = new ObjectMapper();

    HeadlessChromium(int width, int height) {
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
        boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (System.getenv("FLOW_EXPLORER_REQUIRE_BROWSER") == null) {
            Assumptions.assumeTrue(present, "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        } else if (!present) {
            throw new IllegalStateException("FLOW_EXPLORER_REQUIRE_BROWSER is set but " + BROWSER + " or " + DRIVER + " is missing");
        }
        ChromeOptions o = new ChromeOptions();
        o.setBinary(BROWSER.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
    }

    /** Opens a local file as a user's double-click would (a file: URL). */
    void open(Path file) {
        driver.get(file.toUri().toString());
    }

    String url() {
        return driver.getCurrentUrl();
    }

    ChromeDriver driver() {
        return driver;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Every URL the page asked the network stack for since the last call (from Network.requestWillBeSent). */
    List<String> requests() throws IOException {
        List<String> urls = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode m = json.readTree(e.getMessage()).path("message");
            if (m.path("method").asText().equals("Network.requestWillBeSent")) {
                urls.add(m.path("params").path("request").path("url").asText());
            }
        }
        return urls;
    }

    /** The console messages (errors, CSP violations, logs) since the last call. */
    List<String> console() {
        List<String> out = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            out.add(e.getLevel() + " " + e.getMessage());
        }
        return out;
    }

    void screenshot(Path png) throws IOException {
        Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
