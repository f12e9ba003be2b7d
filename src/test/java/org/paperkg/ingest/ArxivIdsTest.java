package org.paperkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ArxivIdsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2503.11677                               | 2503.11677
            2503.11677v2                             | 2503.11677
            arXiv:2503.11677                         | 2503.11677
            ARXIV:2503.11677v12                      | 2503.11677
            https://arxiv.org/abs/2503.11677v1       | 2503.11677
            http://arxiv.org/abs/2101.00001v1        | 2101.00001
            https://arxiv.org/pdf/2101.00001v3.pdf   | 2101.00001
            https://export.arxiv.org/abs/1412.6980   | 1412.6980
            ' 1706.03762 '                           | 1706.03762
            cs/0101001                               | cs/0101001
            cs/0101001v1                             | cs/0101001
            math.GT/0309136                          | math.GT/0309136
            arXiv:hep-th/9901001v3                   | hep-th/9901001
            http://arxiv.org/abs/math.GT/0309136v2   | math.GT/0309136
            """)
    void parses(String input, String id) {
        assertThat(ArxivIds.parse(input)).contains(id);
    }

    @ParameterizedTest(name = "not an id: {0}")
    @NullAndEmptySource
    @ValueSource(strings = {
        "X96-1059", "CVPR_2009_18_abs", "2503.1167", "2513.11677", "1412.69801", "0612.1234", "see 2503.11677",
        "2503.11677v", "cs/010100", "cs/0113001", "https://example.org/abs/2503.11677", "arXiv:", "2503_11677"})
    void rejects(String input) {
        assertThat(ArxivIds.parse(input)).isEmpty();
    }
}
