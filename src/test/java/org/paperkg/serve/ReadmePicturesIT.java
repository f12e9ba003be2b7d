package org.paperkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paperkg.PaperKg;
import org.paperkg.link.ResourceIris;
import org.paperkg.testing.BuiltStores;

/**
 * The README's two pictures, made by the build: the example corpus built by the real build
 * (CoreNLP and the rules), a paper's page served on a free port and photographed by headless
 * Chromium, and the co-occurrence view exported by {@code paperkg export --format dot} and drawn
 * by Graphviz's {@code dot}. Run with {@code -Dpaperkg.pictures.update=true} to write them to
 * {@code docs/img/}; without it the pictures go to {@code target/pictures/} and the test checks
 * that they can be made (a PNG of the expected size):
 * {@code mvn -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ReadmePicturesIT
 * -Dpaperkg.pictures.update=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmePicturesIT {

    /** The paper the README shows: Adam, one of the examples. */
    static final String PAPER = "arxiv-1412.6980";
    private static final int WIDTH = 1100;
    private static final int HEIGHT = 800;

    private Path db;
    private Path pictures;

    @BeforeAll
    void build(@TempDir Path tmp) throws IOException {
        db = BuiltStores.build(tmp.resolve("db"), BuiltStores.examples());
        Path basedir = Path.of(System.getProperty("paperkg.basedir", "."));
        pictures = Boolean.getBoolean("paperkg.pictures.update") ? basedir.resolve("docs/img")
                : Files.createDirectories(basedir.resolve("target/pictures"));
    }

    @Test
    void aPapersPage(@TempDir Path tmp) throws IOException {
        Chromium.require();
        // stopped here, not after all tests: the browser's profile lives in this test's own folder
        try (KgServer server = KgServer.start(ServeOptions.of(db, ResourceIris.defaults()).withPort(0))) {
            ChromeDriver driver = Chromium.start(tmp, false);
            try {
                // the viewport itself, exactly (a window size would include the window's frame)
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
                driver.get(server.url() + "resource/paper/" + PAPER);
                new WebDriverWait(driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Adam"));
                assertThat(driver.findElements(By.cssSelector("p.abstract mark"))).as("entities marked in the abstract").isNotEmpty();
                JavascriptExecutor js = (JavascriptExecutor) driver;
                long width = (Long) js.executeScript("return Math.round(window.innerWidth * window.devicePixelRatio);");
                long height = (Long) js.executeScript("return Math.round(window.innerHeight * window.devicePixelRatio);");

                byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
                BufferedImage image = readPng(png);
                assertThat(image.getWidth()).as("screenshot width = the viewport's").isEqualTo(width);
                assertThat(image.getHeight()).as("screenshot height = the viewport's").isEqualTo(height);
                assertThat(image.getWidth()).isEqualTo(WIDTH);
                assertThat(image.getHeight()).isEqualTo(HEIGHT);
                Files.write(pictures.resolve("paper-page.png"), png);
            } finally {
                driver.quit();
            }
        }
    }

    @Test
    void aGraphExportDrawnByGraphviz() throws IOException, InterruptedException {
        Path dotProgram = Path.of(System.getProperty("paperkg.dot", "/usr/bin/dot"));
        if (!Files.isExecutable(dotProgram)) {
            String msg = "Graphviz's dot missing (" + dotProgram + "); install Debian's graphviz";
            assertThat(Boolean.getBoolean("paperkg.requireShared")).as(msg).isFalse();
            assumeTrue(false, msg);
        }
        Path dotFile = Files.createTempFile("cooc", ".dot");
        try {
            int code = PaperKg.commandLine().execute("export", "--db", db.toString(), "--view", "cooccurrence", "--top", "25",
                    "--format", "dot", "--out", dotFile.toString());
            assertThat(code).as("paperkg export").isZero();
            String text = Files.readString(dotFile, StandardCharsets.UTF_8);
            assertThat(text).startsWith("graph \"cooccurrence\"").contains("--");

            Path png = pictures.resolve("export-cooccurrence.png");
            Process p = new ProcessBuilder(dotProgram.toString(), "-Tpng", "-Gdpi=48", dotFile.toString(), "-o", png.toString())
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("dot finished").isTrue();
            assertThat(p.exitValue()).as("dot: " + output).isZero();
            BufferedImage image = readPng(Files.readAllBytes(png));
            assertThat(image.getWidth()).as("a drawing, not an empty page").isGreaterThan(300);
            assertThat(image.getHeight()).isGreaterThan(300);
        } finally {
            Files.deleteIfExists(dotFile);
        }
    }

    private static BufferedImage readPng(byte[] bytes) throws IOException {
        assertThat(bytes).as("PNG signature").startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(image).as("a readable PNG").isNotNull();
        return image;
    }
}
