package org.paperkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium for the browser tests, driven through Debian's chromedriver (both
 * installed by {@code .ci/run}; the paths are explicit, so Selenium Manager never downloads).
 */
final class Chromium {

    private static final String BINARY = System.getProperty("paperkg.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("paperkg.chromedriver", "/usr/bin/chromedriver");

    /** Installed by DevTools before each page's own code, so the Content-Security-Policy does not apply to it. */
    private static final String WATCH_VIOLATIONS = "window.__csp = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.__csp.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.documentURI); });";

    private Chromium() {
    }

    /** Records the Content-Security-Policy violations of every page loaded from now on (see {@link #cspViolations}). */
    static void watchCspViolations(ChromeDriver driver) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH_VIOLATIONS));
    }

    /** The violations the current page has reported, as "directive blocked URI at page"; fails when nothing watches. */
    @SuppressWarnings("unchecked")
    static List<String> cspViolations(ChromeDriver driver) {
        Object v = driver.executeScript("return window.__csp || null;");
        assertThat(v).as("the violation listener is installed (watchCspViolations)").isNotNull();
        return ((List<Object>) v).stream().map(String::valueOf).toList();
    }

    /** Skips the calling test when either program is missing, or fails it where CI requires them. */
    static void require() {
        if (!Files.isExecutable(Path.of(BINARY)) || !Files.isExecutable(Path.of(DRIVER))) {
            String msg = "Chromium or chromedriver missing (" + BINARY + ", " + DRIVER
                    + "); install Debian's chromium and chromium-driver, as .ci/run does";
            if (Boolean.getBoolean("paperkg.requireShared")) {
                fail(msg);
            }
            assumeTrue(false, msg);
        }
    }

    /**
     * A headless browser with its profile in {@code dir}, 1366x900.
     *
     * @param consoleLog keep the browser console's messages for {@code driver.manage().logs()}
     */
    static ChromeDriver start(Path dir, boolean consoleLog) throws IOException {
        require();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        if (consoleLog) {
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
