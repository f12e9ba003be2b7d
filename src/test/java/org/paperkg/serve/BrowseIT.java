package org.paperkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paperkg.link.ResourceIris;
import org.paperkg.testing.BuiltStores;

/**
 * The pages in a real browser (Debian's headless Chromium through its chromedriver): search from
 * the home page, a dataset's page, one of its papers; the hostile abstract shown as text; the
 * query page running a query with its script. Screenshots go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowseIT {

    private KgServer server;
    private WebDriver driver;
    private WebDriverWait wait;
    private Path screenshots;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        Chromium.require();
        server = KgServer.start(ServeOptions.of(BuiltStores.examplesWithTheirFacts(tmp), ResourceIris.defaults()).withPort(0));
        driver = Chromium.start(tmp, false);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        screenshots = Files.createDirectories(Path.of(System.getProperty("paperkg.basedir", ".")).resolve("target/screenshots"));
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
    void searchLeadsToADatasetAndFromThereToAPaper() throws IOException {
        driver.get(server.url());
        assertThat(driver.getTitle()).contains("paperkg");
        shot("home.png");
        WebElement box = driver.findElement(By.cssSelector("form.search.big input[name=q]"));
        box.sendKeys("ImageNet");
        box.submit();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Search: ImageNet"));
        shot("search.png");

        driver.findElement(By.cssSelector("ul.hits a[href='/resource/dataset/imagenet']")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "ImageNet"));
        assertThat(driver.findElement(By.cssSelector("p.kind")).getText()).isEqualToIgnoringCase("Dataset");
        List<WebElement> papers = driver.findElements(By.cssSelector("ol.papers li a"));
        assertThat(papers).as("papers that use ImageNet").hasSizeGreaterThanOrEqualTo(3);
        assertThat(driver.findElements(By.cssSelector("table.results tbody tr"))).as("ImageNet leaderboard rows").isNotEmpty();
        shot("dataset.png");

        String title = papers.get(0).getText();
        papers.get(0).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        assertThat(driver.findElement(By.cssSelector("p.kind")).getText()).isEqualToIgnoringCase("Paper");
        assertThat(driver.findElements(By.cssSelector("p.abstract mark a[href='/resource/dataset/imagenet']")))
                .as("ImageNet marked in the abstract").isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("section.facts table.facts"))).isNotEmpty();
        shot("browse.png");
    }

    @Test
    void anAbstractWithAScriptTagShowsItAsText() throws IOException {
        driver.get(server.url() + "search?q=CodeBERT");
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[contains(@class,'papers')]//a[starts-with(normalize-space(.), 'CodeBERT:')]")));
        link.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.paper p.abstract")));
        String shown = driver.findElement(By.cssSelector("p.abstract")).getText();
        assertThat(shown).contains("<script>alert(1)</script>");
        assertThat(driver.findElements(By.cssSelector("main script"))).isEmpty();
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(driver.getPageSource()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        shot("codebert.png");
    }

    @Test
    void theQueryPageRunsAQueryWithItsScript() throws IOException {
        driver.get(server.url() + "query");
        String row = QueryPageInBrowser.run(driver, wait, 20);
        assertThat(driver.getCurrentUrl()).contains("/query?query=");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(row + " a[href^='/resource/paper/']"), 20));
        shot("query.png");
    }

    /** Saves the viewport as {@code name}, and the whole page, as tall as it is, as {@code name-full.png}. */
    private void shot(String name) throws IOException {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        Dimension before = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 150, 8000)));
        File full = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(full.toPath(), screenshots.resolve(name.replace(".png", "-full.png")), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(before);
    }
}
