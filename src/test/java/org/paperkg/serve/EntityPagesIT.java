package org.paperkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paperkg.query.Sparql;
import org.paperkg.testing.BuiltStores;

/**
 * A dataset's and a task's page, and search's entity hits, in headless Chromium on the store built
 * from the seed listings: what the pages show is checked against what the store holds, asked with
 * SPARQL beside them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityPagesIT {

    private static final String IMAGENET = "https://w3id.org/paperkg/resource/dataset/imagenet";
    private static final String TOP1 = "https://w3id.org/paperkg/resource/metric/top-1-accuracy";
    private static final String TASK = "https://w3id.org/paperkg/resource/task/image-classification";
    private static final String ANY_LINK = "pk:proposes|pk:usesMethod|pk:usesDataset|pk:usesMetric|pk:addressesTask|pk:mentions";
    private static final Pattern TOOLTIP = Pattern.compile("(--\\d\\d-\\d\\d|\\d{4}-\\d\\d): (\\d+) papers? of (\\d+)");

    private BrowserSession session;
    private KgServer server;
    private Dataset dataset;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        Chromium.require();
        session = BrowserSession.start(BuiltStores.seeds(tmp), tmp);
        server = session.server();
        dataset = DatasetFactory.wrap(server.dataset());
        driver = session.driver();
        wait = session.await();
    }

    @AfterAll
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aDatasetPageShowsItsLeaderboardsBestFirstWithTheBestOverTime() throws Exception {
        open(IMAGENET);
        List<Map<String, String>> stored = select("""
                SELECT ?r ?d ?method (SAMPLE(COALESCE(STR(?issued), STR(?listed))) AS ?when) WHERE {
                  ?r pk:dataset <%s> ; pk:metric <%s> ; pk:isDelta ?d . ?p pk:reportsResult ?r .
                  OPTIONAL { ?r pk:method ?method }
                  OPTIONAL { ?p dcterms:issued ?issued } OPTIONAL { ?p pk:listingDate ?listed }
                } GROUP BY ?r ?d ?method""".formatted(IMAGENET, TOP1));
        assertThat(stored).as("the seeds report top-1 accuracy on ImageNet").hasSizeGreaterThanOrEqualTo(3);

        WebElement board = leaderboard("top-1 accuracy");
        assertThat(board.findElement(By.cssSelector("p.note")).getText()).startsWith("Higher is better");
        List<WebElement> rows = board.findElements(By.cssSelector("table.leaderboard tbody tr"));
        assertThat(rows).as("one row per stored result").hasSameSizeAs(stored);
        long withoutMethod = stored.stream().filter(s -> !s.containsKey("method")).count();
        assertThat(withoutMethod).as("the seeds have ImageNet results without a method").isPositive();
        assertThat(board.findElements(By.xpath(".//td[normalize-space(.)='no method attributed']")))
                .as("results without a method say so").hasSize((int) withoutMethod);

        List<BigDecimal> ranked = new ArrayList<>();
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            String value = cells.get(1).getText().replaceAll("[^0-9.]", "");
            if (!cells.get(0).getText().equals("Δ")) {
                assertThat(cells.get(0).getText()).isEqualTo(Integer.toString(ranked.size() + 1));
                ranked.add(new BigDecimal(value));
            }
            assertThat(cells.get(5).findElement(By.tagName("q")).getText()).as("the evidence sentence names the value")
                    .contains(value);
        }
        assertThat(ranked).as("best first").isSortedAccordingTo((a, b) -> b.compareTo(a));

        List<String> scoreDates = stored.stream().filter(s -> s.get("d").equals("false") && s.containsKey("when"))
                .map(s -> s.get("when")).distinct().sorted().toList();
        List<String> allDates = stored.stream().filter(s -> s.containsKey("when")).map(s -> s.get("when")).distinct().sorted().toList();
        for (WebElement row : rows) {
            boolean marked = !row.findElements(By.cssSelector("span.tag.newest")).isEmpty();
            boolean latest = allDates.size() > 1 && row.findElement(By.cssSelector("span.date")).getText()
                    .equals(allDates.get(allDates.size() - 1));
            assertThat(marked).as("newest mark on %s", row.getText()).isEqualTo(latest);
        }

        WebElement chart = board.findElement(By.cssSelector("figure.best-over-time svg"));
        List<String> tips = chart.findElements(By.cssSelector("circle title")).stream()
                .map(t -> t.getAttribute("textContent")).toList();
        assertThat(tips).as("one point per date with a score").hasSameSizeAs(scoreDates);
        assertThat(tips.get(tips.size() - 1)).as("the last point is the best score")
                .isEqualTo(scoreDates.get(scoreDates.size() - 1) + ": " + ranked.get(0).stripTrailingZeros().toPlainString());
        shot("dataset-leaderboards.png");
    }

    @Test
    void aMetricWithoutADirectionHasNoBest() throws Exception {
        List<Map<String, String>> undirected = select("""
                SELECT ?ds (SAMPLE(?ml) AS ?metric) WHERE {
                  ?r pk:dataset ?ds ; pk:metric ?m ; pk:value ?v . ?m rdfs:label ?ml .
                  FILTER NOT EXISTS { ?m pk:higherIsBetter ?any }
                } GROUP BY ?ds ORDER BY ?ds LIMIT 1""");
        assertThat(undirected).as("the seeds report a result in a metric without a direction").hasSize(1);
        open(undirected.get(0).get("ds"));
        WebElement board = leaderboard(undirected.get(0).get("metric"));
        assertThat(board.findElement(By.cssSelector("p.note")).getText()).contains("no best");
        assertThat(board.findElements(By.cssSelector("tbody tr td:first-child"))).allSatisfy(td ->
                assertThat(td.getText()).isIn("", "Δ"));
        assertThat(board.findElements(By.cssSelector("figure.best-over-time"))).isEmpty();
    }

    @Test
    void aTaskPageShowsItsDatasetsMetricsMethodsAndTrend() throws Exception {
        open(TASK);
        for (String kind : List.of("Datasets", "Methods", "Metrics")) {
            assertThat(driver.findElements(By.xpath("//section[@class='related']/h3[.='" + kind + " used with it']")))
                    .as(kind).hasSize(1);
        }
        WebElement firstDataset = driver.findElement(By.xpath("//h3[.='Datasets used with it']/following-sibling::p[1]/a[1]"));
        String datasetIri = "https://w3id.org/paperkg/" + firstDataset.getAttribute("href").substring(server.url().length());
        long shared = count("""
                SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p pk:addressesTask|pk:mentions|pk:proposes <%s> .
                  ?p pk:usesDataset <%s> }""".formatted(TASK, datasetIri));
        String shownCount = firstDataset.findElement(By.xpath("following-sibling::span[1]")).getText().replaceAll("\\D", "");
        assertThat(Long.parseLong(shownCount)).as("papers of the task using " + datasetIri).isEqualTo(shared);

        List<String> tips = driver.findElements(By.cssSelector("section.trend svg circle title")).stream()
                .map(t -> t.getAttribute("textContent")).toList();
        assertThat(tips).isNotEmpty();
        long sum = 0;
        for (String tip : tips) {
            Matcher m = TOOLTIP.matcher(tip);
            assertThat(m.matches()).as(tip).isTrue();
            sum += Long.parseLong(m.group(2));
        }
        long dated = count("""
                SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p %s <%s> .
                  FILTER EXISTS { { ?p dcterms:issued ?d } UNION { ?p pk:listingDate ?l } } }"""
                .formatted(ANY_LINK, TASK));
        assertThat(sum).as("every dated paper of the task counted once").isEqualTo(dated);
        shot("task.png");
    }

    @Test
    void searchRanksUsedEntitiesFirstAndShowsKindPapersAndAliases() throws Exception {
        driver.get(server.url() + "search?q=detection");
        List<WebElement> hits = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(
                By.cssSelector("main section:first-of-type ul.hits > li")));
        List<Long> shown = new ArrayList<>();
        List<String> shownIris = new ArrayList<>();
        for (WebElement hit : hits) {
            assertThat(hit.findElement(By.cssSelector("span.tag")).getText()).as(hit.getText())
                    .isIn("method", "dataset", "metric", "task");
            shown.add(Long.parseLong(hit.findElement(By.cssSelector("span.count")).getText().replaceAll("\\D", "")));
            shownIris.add("https://w3id.org/paperkg/" + hit.findElement(By.tagName("a")).getAttribute("href")
                    .substring(server.url().length()));
        }
        assertThat(shown).as("used entities first, most used first").isSortedAccordingTo((a, b) -> Long.compare(b, a));
        for (int i = 0; i < Math.min(5, shownIris.size()); i++) {
            assertThat(shown.get(i)).as(shownIris.get(i)).isEqualTo(count("""
                    SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p %s <%s> }""".formatted(ANY_LINK, shownIris.get(i))));
        }
        List<String> used = select("""
                SELECT DISTINCT ?e WHERE { ?e rdfs:label ?l . ?p %s ?e .
                  FILTER(REGEX(?l, "(^|[^A-Za-z0-9])detection([^A-Za-z0-9]|$)", "i")) }""".formatted(ANY_LINK))
                .stream().map(r -> r.get("e")).toList();
        assertThat(used).as("the seeds use entities named ...detection").isNotEmpty();
        if (shown.contains(0L)) {
            assertThat(shownIris).as("no used entity is crowded out by unused ones").containsAll(used);
        }

        driver.get(server.url() + "search?q=ImageNet");
        WebElement first = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("main section:first-of-type ul.hits > li")));
        assertThat(first.findElement(By.tagName("a")).getText()).isEqualTo("ImageNet");
        List<String> aliases = select("SELECT ?a WHERE { <%s> skos:altLabel ?a } ORDER BY LCASE(?a)".formatted(IMAGENET))
                .stream().map(r -> r.get("a")).toList();
        assertThat(aliases).isNotEmpty();
        assertThat(first.findElement(By.cssSelector("span.aliases")).getText()).startsWith("also " + aliases.get(0));
        shot("search.png");
    }

    private void open(String iri) {
        driver.get(server.url() + iri.substring("https://w3id.org/paperkg/".length()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.entity h1")));
    }

    private WebElement leaderboard(String key) {
        return driver.findElement(By.xpath("//div[@class='leaderboard'][h3[.='" + key + "']]"));
    }

    /** The rows of a SELECT as text (IRIs and lexical forms), unbound variables left out. */
    private List<Map<String, String>> select(String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        Txn.executeRead(dataset, () -> Sparql.select(dataset, query, s -> {
            Map<String, String> row = new HashMap<>();
            s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isResource() ? s.getResource(v).getURI()
                    : s.getLiteral(v).getLexicalForm()));
            rows.add(row);
        }));
        return rows;
    }

    private long count(String query) {
        return Long.parseLong(select(query).get(0).get("n"));
    }

    private void shot(String name) throws Exception {
        session.shot(name);
    }
}
