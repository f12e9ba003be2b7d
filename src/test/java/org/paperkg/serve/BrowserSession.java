package org.paperkg.serve;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paperkg.link.ResourceIris;

/**
 * A server on a free port over a built store, and headless Chromium to look at it, for a browser
 * test class; screenshots go to {@code target/screenshots/}. Close it in the class's
 * {@code @AfterAll}.
 */
final class BrowserSession implements AutoCloseable {

    private final KgServer server;
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path screenshots;

    private BrowserSession(KgServer server, WebDriver driver, Path screenshots) {
        this.server = server;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.screenshots = screenshots;
    }

    /** Serves {@code db} and starts the browser with its profile under {@code tmp}. */
    static BrowserSession start(Path db, Path tmp) throws IOException {
        Chromium.require();
        KgServer server = KgServer.start(ServeOptions.of(db, ResourceIris.defaults()).withPort(0));
        try {
            Path shots = Files.createDirectories(Path.of(System.getProperty("paperkg.basedir", ".")).resolve("target/screenshots"));
            return new BrowserSession(server, Chromium.start(tmp, false), shots);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    KgServer server() {
        return server;
    }

    WebDriver driver() {
        return driver;
    }

    WebDriverWait await() {
        return wait;
    }

    /** Saves the viewport as {@code name}. */
    void shot(String name) throws IOException {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.close();
        }
    }
}
