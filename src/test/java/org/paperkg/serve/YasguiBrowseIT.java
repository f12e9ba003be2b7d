package org.paperkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paperkg.link.ResourceIris;
import org.paperkg.query.QueryCatalogue;
import org.paperkg.rdf.PK;
import org.paperkg.testing.BuiltStores;

/**
 * The query page with YASGUI, in Debian's headless Chromium, under the server's
 * Content-Security-Policy: a query typed into Yasqe and run with Ctrl+Enter fills Yasr's table,
 * which sorts, and whose CSV download holds the endpoint's answer; no CSP violation on the way.
 *
 * <p>Needs the YASGUI bundle in the build (npm, see pom.xml); without it the test is skipped, or
 * fails where CI requires it ({@code -Dpaperkg.requireShared=true}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YasguiBrowseIT {

    /** Full IRIs, so typing never opens the prefix completion. */
    private static final String TITLES = "SELECT ?paper ?title WHERE { ?paper a <https://w3id.org/paperkg/ontology#Paper> ; "
            + "<http://purl.org/dc/terms/title> ?title } ORDER BY ?title";
    private static final String TRIPLES = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 120";
    private static final String CLASS_COUNTS = "SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } "
            + "GROUP BY ?class ORDER BY DESC(?n) ?class LIMIT 8";
    private static final String MONTHS = "SELECT ?month (COUNT(?p) AS ?papers) WHERE { ?p <http://purl.org/dc/terms/issued> ?d "
            + "BIND(SUBSTR(STR(?d), 1, 7) AS ?month) } GROUP BY ?month ORDER BY DESC(?month)";

    private KgServer server;
    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path downloads;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        if (!QueryPageInBrowser.yasgui()) {
            String msg = "the YASGUI bundle is not in this build (npm was not on the PATH when it was built)";
            if (Boolean.getBoolean("paperkg.requireShared")) {
                fail(msg);
            }
            assumeTrue(false, msg);
        }
        Chromium.require();
        server = KgServer.start(ServeOptions.of(BuiltStores.examplesWithTheirFacts(tmp), ResourceIris.defaults()).withPort(0));
        driver = Chromium.start(tmp, true);
        Chromium.watchCspViolations(driver);
        downloads = Files.createDirectories(tmp.resolve("downloads"));
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
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
    void aQueryTypedAndRunWithCtrlEnterIsShownSortedAndDownloadedAsCsv() throws Exception {
        consoleMessages();
        driver.get(server.url() + "query");
        WebElement editor = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#yasqe .CodeMirror")));
        assertThat(driver.findElement(By.id("query-form")).isDisplayed()).as("the plain form gives way to Yasqe").isFalse();
        typeAndRun(editor, TITLES);

        List<String> expected = endpointTitles();
        assertThat(expected).as("papers in the example store").hasSizeGreaterThan(3);
        wait.until(d -> titleColumn().size() == Math.min(expected.size(), 50));
        assertThat(editorText()).as("what was typed is in the editor").isEqualTo(TITLES);
        assertThat(titleColumn()).containsExactlyElementsOf(expected.subList(0, titleColumn().size()));
        assertThat(driver.findElements(By.cssSelector("#yasr tbody a[href^='/resource/paper/']")))
                .as("paper IRIs link to this server's pages").isNotEmpty();

        WebElement titleHeader = driver.findElements(By.cssSelector("#yasr thead th")).stream()
                .filter(th -> th.getText().contains("title")).findFirst().orElseThrow();
        titleHeader.click();
        titleHeader.click();
        String last = expected.stream().max(String.CASE_INSENSITIVE_ORDER).orElseThrow();
        wait.until(d -> titleColumn().get(0).equalsIgnoreCase(last));

        driver.findElement(By.cssSelector("#yasr .yasr_downloadIcon")).click();
        Path csv = downloads.resolve("paperkg-results.csv");
        wait.until(d -> Files.exists(csv) && !Files.exists(downloads.resolve("paperkg-results.csv.crdownload")));
        List<List<String>> downloaded = records(Files.readString(csv, StandardCharsets.UTF_8));
        assertThat(downloaded.get(0)).containsExactly("paper", "title");
        assertThat(downloaded).as("the downloaded CSV is the endpoint's answer").isEqualTo(records(endpointCsv()));

        assertThat(violations()).as("CSP violations").isEmpty();
        assertThat(consoleMessages()).as("browser console")
                .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to"));
    }

    @Test
    void aLabelAndANumberAreDrawnAsBarsAndMonthsAsALine() throws Exception {
        driver.get(server.url() + "query");
        typeAndRun(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#yasqe .CodeMirror"))), CLASS_COUNTS);
        List<List<String>> counts = records(endpointCsv(CLASS_COUNTS));
        counts = counts.subList(1, counts.size());
        assertThat(counts).hasSizeGreaterThan(2);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#yasr tbody tr"), counts.size()));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#yasr button.select_chart"))).click();
        List<WebElement> bars = wait.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#yasr figure.yasr-chart svg rect.bar"), counts.size()));
        double previous = Double.MAX_VALUE;
        for (int i = 0; i < bars.size(); i++) {
            String tip = bars.get(i).findElement(By.tagName("title")).getAttribute("textContent");
            assertThat(tip.substring(tip.lastIndexOf(": ") + 2).replace(",", "")).as(tip).isEqualTo(counts.get(i).get(1));
            double width = Double.parseDouble(bars.get(i).getAttribute("width"));
            assertThat(width).as("bars shrink as the counts do: " + tip).isLessThanOrEqualTo(previous).isPositive();
            previous = width;
        }
        assertThat(bars.get(0).findElement(By.tagName("title")).getAttribute("textContent")).as("IRIs in their short form")
                .startsWith(prefixed(counts.get(0).get(0)));

        typeAndRun(driver.findElement(By.cssSelector("#yasqe .CodeMirror")), MONTHS);
        List<List<String>> months = records(endpointCsv(MONTHS));
        months = months.subList(1, months.size());
        assertThat(months).as("months with papers in the examples").hasSizeGreaterThan(2);
        List<WebElement> points = wait.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#yasr figure.yasr-chart svg circle.point"), months.size()));
        assertThat(driver.findElements(By.cssSelector("#yasr figure.yasr-chart svg polyline"))).hasSize(1);
        String earliest = months.get(months.size() - 1).get(0);
        assertThat(points.get(0).findElement(By.tagName("title")).getAttribute("textContent")).as("in time order")
                .startsWith(earliest + ": ");
        Path shots = Files.createDirectories(Path.of(System.getProperty("paperkg.basedir", ".")).resolve("target/screenshots"));
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("query-yasgui-chart.png"),
                StandardCopyOption.REPLACE_EXISTING);

        assertThat(violations()).as("CSP violations").isEmpty();
    }

    @Test
    void anExampleFillsTheEditorAndCompletionOffersPaperkgsPrefixesAndOntologyTermsAndAddsPrefixLines() {
        driver.get(server.url() + "query");
        WebElement editor = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#yasqe .CodeMirror")));
        new Select(driver.findElement(By.id("example"))).selectByValue("top-datasets");
        String example = QueryCatalogue.load().queries().stream().filter(q -> q.name().equals("top-datasets")).findFirst()
                .orElseThrow().sparql();
        wait.until(d -> editorText().equals(example.replace("\r\n", "\n")));

        editor.click();
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE).sendKeys("PREFIX pk")
                .perform();
        String pk = "pk: <" + PK.NS + ">";
        wait.until(d -> hints().contains(pk));
        driver.findElements(By.cssSelector(".CodeMirror-hints li")).stream().filter(li -> li.getText().equals(pk)).findFirst()
                .orElseThrow().click();
        wait.until(d -> editorText().equals("PREFIX " + pk));

        new Actions(driver).sendKeys(Keys.END, Keys.ENTER, "SELECT * WHERE { ?x a pk:Pa").keyDown(Keys.CONTROL).sendKeys(Keys.SPACE)
                .keyUp(Keys.CONTROL).perform();
        wait.until(d -> hints().contains("pk:Paper"));

        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        editor.click();
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
                .sendKeys("SELECT * WHERE { ?x a pk:").perform();
        wait.until(d -> editorText().startsWith("PREFIX " + pk));
        assertThat(violations()).as("CSP violations").isEmpty();
    }

    private List<String> hints() {
        return driver.findElements(By.cssSelector(".CodeMirror-hints li")).stream().map(WebElement::getText).toList();
    }

    @Test
    void moreRowsThanAPageArePagedFiftyAtATime() throws IOException {
        driver.get(server.url() + "query");
        typeAndRun(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#yasqe .CodeMirror"))), TRIPLES);
        wait.until(d -> firstRowNumber().equals("1") && rows() == 50);
        driver.findElement(By.cssSelector("#yasr .dt-paging-button.next")).click();
        wait.until(d -> firstRowNumber().equals("51") && rows() == 50);
        driver.findElement(By.cssSelector("#yasr .dt-paging-button.next")).click();
        wait.until(d -> firstRowNumber().equals("101") && rows() == 20);
        Path shots = Files.createDirectories(Path.of(System.getProperty("paperkg.basedir", ".")).resolve("target/screenshots"));
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("query-yasgui.png"),
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(violations()).as("CSP violations").isEmpty();
    }

    @Test
    void aQueryLinkedWithoutItsPrefixesShowsTheServersResultsAndRunsInTheEditor() {
        String query = "SELECT ?t WHERE { ?p a pk:Paper ; dcterms:title ?t } ORDER BY ?t LIMIT 3";
        driver.get(server.url() + "query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#yasqe .CodeMirror")));
        assertThat(driver.findElements(By.cssSelector("#results table.sparql tbody tr"))).as("the server's rows").hasSize(3);
        assertThat(editorText()).contains("PREFIX pk: <" + PK.NS + ">").contains("PREFIX dcterms: <http://purl.org/dc/terms/>")
                .endsWith(query);
        QueryPageInBrowser.run(driver, wait, 3);
        assertThat(driver.findElement(By.id("results")).isDisplayed()).as("the server's table gives way to Yasr's").isFalse();
        assertThat(violations()).as("CSP violations").isEmpty();
    }

    private int rows() {
        return driver.findElements(By.cssSelector("#yasr tbody tr")).size();
    }

    /** The row number Yasr's table shows in its first column, on the first row of the current page. */
    private String firstRowNumber() {
        List<WebElement> cells = driver.findElements(By.cssSelector("#yasr tbody tr:first-child td"));
        return cells.isEmpty() ? "" : cells.get(0).getText().trim();
    }

    /** Replaces the editor's text by {@code query}, typed, and runs it with Ctrl+Enter. */
    private void typeAndRun(WebElement editor, String query) {
        editor.click();
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE).sendKeys(query)
                .keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
    }

    /** {@code iri} as the page's prefixes shorten it, or as it is. */
    private String prefixed(String iri) {
        Object s = driver.executeScript("var p = JSON.parse(document.getElementById('yasgui').dataset.prefixes);"
                + "for (var k in p) { if (arguments[0].indexOf(p[k]) === 0) { return k + ':' + arguments[0].substring(p[k].length); } }"
                + "return arguments[0];", iri);
        return (String) s;
    }

    private String endpointCsv() {
        return endpointCsv(TITLES);
    }

    private String endpointCsv(String query) {
        return new Http(server.url()).get("kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv").body();
    }

    /** The titles the endpoint itself answers, in order. */
    private List<String> endpointTitles() throws IOException {
        return records(endpointCsv()).stream().skip(1).map(r -> r.get(1)).toList();
    }

    private static List<List<String>> records(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180)) {
            return parser.getRecords().stream().map(CSVRecord::toList).toList();
        }
    }

    /** The title column of the table's current page. */
    private List<String> titleColumn() {
        List<WebElement> heads = driver.findElements(By.cssSelector("#yasr thead th"));
        int col = -1;
        for (int i = 0; i < heads.size(); i++) {
            if (heads.get(i).getText().contains("title")) {
                col = i;
            }
        }
        if (col < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("#yasr tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (cells.size() > col) {
                out.add(cells.get(col).getText().replaceAll("\\s+", " ").trim());
            }
        }
        return out;
    }

    private String editorText() {
        return (String) driver.executeScript("return document.querySelector('#yasqe .CodeMirror').CodeMirror.getValue();");
    }

    private List<String> violations() {
        return Chromium.cspViolations(driver);
    }

    private List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }
}
