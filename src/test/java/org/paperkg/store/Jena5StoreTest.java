package org.paperkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.link.ResourceIris;
import org.paperkg.testing.ZipFixtures;

/**
 * A store written by Jena 5.6.0's TDB2 (the version before 6.2.0) opens with 6.2.0 and answers as
 * before: {@code src/test/resources/store/jena-5.6.0-store.zip} was made by the program beside it
 * ({@code MakeJena5Store.java.txt}) run on the jena-tdb2 5.6.0 class path.
 */
class Jena5StoreTest {

    @Test
    void aStoreWrittenByJena560OpensAndAnswers(@TempDir Path dir) throws IOException {
        Path db = ZipFixtures.unzip("/store/jena-5.6.0-store.zip", dir.resolve("db"));
        try (KgStore store = KgStore.open(db, ResourceIris.defaults())) {
            List<KgStore.StoredPaper> papers = new ArrayList<>();
            store.forEachPaper(papers::add);
            assertThat(papers).containsExactly(new KgStore.StoredPaper("arxiv-2901.09999",
                    "A Store Written by Jena 5.6.0", "2901.09999", "fixture"));
            StoreStats stats = store.stats();
            assertThat(stats.papers()).isEqualTo(1);
            assertThat(stats.perClass()).containsEntry("Method", 1L).containsEntry("Dataset", 1L);
        }
    }
}
