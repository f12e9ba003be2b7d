package org.paperkg.serve.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.link.ResourceIris;
import org.paperkg.serve.view.PaperView.Mention;

class HtmlTest {

    @Test
    void escapesTextAndAttributeValues() {
        assertThat(Html.escape("<script>alert(\"x\" & 'y')</script>"))
                .isEqualTo("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;");
        assertThat(Html.escape("plain text")).isEqualTo("plain text");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void templatesEscapeDataButNotMarkup() {
        String out = new Html().add("<p title=\"%s\">%s %s 100%%</p>", "a\"b", "<b>", Html.raw("<i>ok</i>")).toString();
        assertThat(out).isEqualTo("<p title=\"a&quot;b\">&lt;b&gt; <i>ok</i> 100%</p>");
    }

    @Test
    void aTemplateMustGetExactlyItsArguments() {
        assertThatThrownBy(() -> new Html().add("%s %s", "one")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Html().add("%s", "one", "two")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void highlightingEscapesTheTextInsideAndBetweenMarks() {
        String text = "Uses <script>alert(1)</script> and ImageNet data.";
        int at = text.indexOf("ImageNet");
        List<Mention> mentions = List.of(
                new Mention(5, 13, "https://w3id.org/paperkg/ontology#usesMethod", "https://w3id.org/paperkg/resource/method/x",
                        "X <y>", 0.5, null),
                new Mention(at, at + 8, "https://w3id.org/paperkg/ontology#usesDataset",
                        "https://w3id.org/paperkg/resource/dataset/imagenet", "ImageNet", 0.95, null));
        String html = Highlighter.highlight(text, mentions, new Links(ResourceIris.defaults())).toString();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").contains("alert(1)&lt;/script&gt;");
        assertThat(html).contains("<mark class=\"m-method\" title=\"Method: X &lt;y&gt; (confidence 0.50)\">"
                + "<a href=\"/resource/method/x\">&lt;script&gt;</a></mark>");
        assertThat(html).contains("<mark class=\"m-dataset\" title=\"Dataset: ImageNet (confidence 0.95)\">"
                + "<a href=\"/resource/dataset/imagenet\">ImageNet</a></mark> data.");
    }

    @Test
    void linksGoToThisServerForOwnIrisAndNeverToOtherSchemes() {
        Links links = new Links(ResourceIris.defaults());
        assertThat(links.href("https://w3id.org/paperkg/resource/paper/arxiv-1706.03762")).isEqualTo("/resource/paper/arxiv-1706.03762");
        assertThat(links.href("https://w3id.org/paperkg/ontology#Paper")).isEqualTo("/ontology#Paper");
        assertThat(links.href("https://w3id.org/paperkg/ontology")).isEqualTo("/ontology");
        assertThat(links.href("https://github.com/x/y")).isEqualTo("https://github.com/x/y");
        assertThat(links.href("javascript:alert(1)")).isNull();
        assertThat(links.to("javascript:alert(1)", "x").html()).isEqualTo("x");
        assertThat(links.iriForPath("/resource/dataset/imagenet")).isEqualTo("https://w3id.org/paperkg/resource/dataset/imagenet");
        assertThat(links.iriForPath("/search")).isNull();
    }
}
