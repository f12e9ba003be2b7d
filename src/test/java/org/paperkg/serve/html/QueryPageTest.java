package org.paperkg.serve.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;
import org.paperkg.query.QueryCatalogue;
import org.paperkg.link.ResourceIris;

class QueryPageTest {

    @Test
    void theExamplesAreTheCatalogueListedByTitle() {
        QueryCatalogue catalogue = QueryCatalogue.load();
        Nodes nodes = new Nodes(new Links(ResourceIris.defaults()), PrefixMapping.Standard);
        String page = QueryPage.render("SELECT * {}", catalogue.queries(), "top-datasets", null, nodes,
                ResourceIris.defaults().base(), true);
        assertThat(page).contains(">Most used datasets</option>").doesNotContain(">title: ");
        assertThat(page.split("<option ", -1)).hasSize(catalogue.queries().size() + 1);
        assertThat(page).contains("value=\"top-datasets\" data-query=");
    }

    @Test
    void withoutTheYasguiBundleThePageSaysItIsThePlainEditor() {
        Nodes nodes = new Nodes(new Links(ResourceIris.defaults()), PrefixMapping.Standard);
        String plain = QueryPage.render("SELECT * {}", QueryCatalogue.load().queries(), null, null, nodes,
                ResourceIris.defaults().base(), false);
        assertThat(plain).contains("id=\"plain-editor\"").contains("has no YASGUI").contains("/static/query.js");
        String rich = QueryPage.render("SELECT * {}", QueryCatalogue.load().queries(), null, null, nodes,
                ResourceIris.defaults().base(), true);
        assertThat(rich).doesNotContain("plain-editor").doesNotContain("/static/query.js")
                .contains("<script src=\"/static/yasgui.js\" defer></script>\n<script src=\"/static/yasr-chart.js\" defer></script>\n"
                        + "<script src=\"/static/query-yasgui.js\" defer></script>")
                .contains("data-prefixes=\"{&quot;");
    }
}
