package org.paperkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paperkg.link.ResourceIris;
import org.paperkg.testing.BuiltStores;

/**
 * The server's defences as a browser sees them (Debian's headless Chromium): the script an
 * attacker puts into {@code stylesheet=} or {@code callback=} does not run, and the site's own
 * pages work under the Content-Security-Policy without a single violation.
 *
 * <p>Violations are caught twice: a {@code securitypolicyviolation} listener that DevTools
 * installs before each page's own code (so the CSP does not apply to it), and the browser's
 * console log, where Chromium reports every refused script or style.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityBrowseIT {

    private KgServer server;
    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        Chromium.require();
        server = KgServer.start(ServeOptions.of(BuiltStores.examplesWithTheirFacts(tmp), ResourceIris.defaults()).withPort(0));
        driver = Chromium.start(tmp, true);
        Chromium.watchCspViolations(driver);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aScriptInjectedThroughStylesheetDoesNotRun() {
        // The stray pseudo-attribute z makes Chromium ignore the xml-stylesheet instruction, which would
        // otherwise hold back every script of the document for an XSLT that never comes.
        String payload = "x\" z?><html:script xmlns:html=\"http://www.w3.org/1999/xhtml\">window.__pwned = 1; document.title = 'pwned';"
                + "</html:script><?x y=\"";
        driver.get(server.url() + "kg/sparql?query=" + enc("ASK {}") + "&format=xml&stylesheet=" + enc(payload));
        assertThat(driver.executeScript("return window.__pwned === undefined;")).as("the injected script ran").isEqualTo(true);
        assertThat(driver.getTitle()).isNotEqualTo("pwned");
        assertNoAlert();
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("not supported");
    }

    @Test
    void aJsonpCallbackIsNotRunAsAScriptEvenFromThisOrigin() {
        driver.get(server.url());
        driver.executeScript("var s = document.createElement('script');"
                + "s.src = arguments[0]; s.onload = function () { window.__loaded = true; };"
                + "s.onerror = function () { window.__failed = true; }; document.head.appendChild(s);",
                "/kg/sparql?query=" + enc("ASK {}") + "&format=json&callback=" + enc("window.__jsonp=1;(function(){})"));
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return window.__loaded === true || window.__failed === true;")));
        assertThat(driver.executeScript("return window.__jsonp === undefined;")).as("the JSONP callback ran").isEqualTo(true);
    }

    @Test
    void theHomePageAPaperPageTheQueryPageAndAnalyticsRunWithoutCspViolations() {
        List<String> violations = new ArrayList<>();
        consoleMessages(); // what earlier tests left in the log
        driver.get(server.url());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.search input[name=q]")));
        violations.addAll(violations("home page"));

        driver.get(server.url() + "search?q=BERT");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("main a[href^='/resource/paper/']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.paper p.abstract")));
        assertThat(driver.findElement(By.cssSelector("link[rel=stylesheet]")).getAttribute("href")).endsWith("/static/paperkg.css");
        assertThat(driver.executeScript("return getComputedStyle(document.querySelector('header.site')).display;"))
                .as("the stylesheet applies").isNotNull();
        violations.addAll(violations("paper page"));

        driver.get(server.url() + "query");
        QueryPageInBrowser.run(driver, wait, 20);
        assertThat(driver.getCurrentUrl()).as("the script ran the query in place").contains("/query?query=");
        violations.addAll(violations("query page"));

        driver.get(server.url() + "analytics/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("main a[href^='/analytics/']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        violations.addAll(violations("analytics page"));

        assertThat(violations).as("CSP violations").isEmpty();
        List<String> console = consoleMessages();
        assertThat(console).as("browser console").noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to"));
    }

    /** The check above can fail: an inline script added to a page is refused and reported. */
    @Test
    void anInlineScriptIsRefusedAndTheRefusalIsSeen() {
        driver.get(server.url());
        driver.executeScript("var s = document.createElement('script'); s.textContent = 'window.__inline = 1;';"
                + "document.body.appendChild(s);");
        wait.until(d -> !violations("home page with an inline script").isEmpty());
        assertThat(driver.executeScript("return window.__inline === undefined;")).as("the inline script ran").isEqualTo(true);
        assertThat(violations("home page")).anyMatch(v -> v.contains("script-src"));
        consoleMessages();
    }

    private List<String> violations(String page) {
        return Chromium.cspViolations(driver).stream().map(v -> page + ": " + v).toList();
    }

    /** The console entries since the last call (reading the log empties it). */
    private List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    private void assertNoAlert() {
        try {
            driver.switchTo().alert();
            fail("an alert is open");
        } catch (NoAlertPresentException expected) {
            // no alert: nothing ran
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
