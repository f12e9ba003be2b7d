package org.paperkg.serve.fuseki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperkg.serve.fuseki.PackagedTextDataset.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.link.ResourceIris;
import org.paperkg.serve.ServeOptions;
import org.paperkg.testing.ZipFixtures;

/**
 * A text index written by jena-text 5.6.0, that is by Lucene 9, under jena-text 6.2.0 and Lucene 10:
 * {@code src/test/resources/store/jena-5.6.0-text-index.zip} holds a store and its index as
 * {@code serve} lays them out ({@code db/}, {@code db.text/lucene/}), made by
 * {@code MakeJena5TextIndex.java.txt} beside it on the jena-text 5.6.0 class path.
 */
class Lucene9IndexTest {

    private static final String PAPER = "https://w3id.org/paperkg/resource/paper/arxiv-2901.09998";
    private static final String METHOD = "https://w3id.org/paperkg/resource/method/wav2vec";

    private final ResourceIris iris = ResourceIris.defaults();

    @Test
    void theFixtureIsALucene9Index(@TempDir Path dir) throws IOException {
        Path db = ZipFixtures.unzip("/store/jena-5.6.0-text-index.zip", dir).resolve("db");
        assertThat(createdMajor(db)).as("the index was created by Lucene 9").isEqualTo(9);
        assertThat(Version.LATEST.major).as("and is read by Lucene 10").isEqualTo(10);
    }

    /** A Lucene 9 index that paperkg had stamped as current is opened and answers as it was. */
    @Test
    void aCurrentLucene9IndexOpensAndAnswersAsBefore(@TempDir Path dir) throws IOException {
        Path db = ZipFixtures.unzip("/store/jena-5.6.0-text-index.zip", dir).resolve("db");
        Dataset ds = PackagedTextDataset.over(db);
        try {
            TextIndexLucene index = index(ds);
            String stamp = Txn.calculateRead(ds, () -> TextIndexSync.stamp(ds.asDatasetGraph(), iris, index.getDocDef()));
            Path stampFile = ServeOptions.textIndexDir(db).resolveSibling("lucene.stamp");
            Files.writeString(stampFile, stamp + "\n", StandardCharsets.UTF_8);

            assertThat(TextIndexSync.ensureCurrent(ds.asDatasetGraph(), iris)).isEqualTo(TextIndexSync.Outcome.CURRENT);
            assertThat(TextIndexSync.upgradeAdvice(index)).hasValueSatisfying(advice -> assertThat(advice)
                    .contains("created by Lucene 9", "Lucene 10 reads it", "delete " + db.resolveSibling("db.text").toAbsolutePath()));
            assertThat(search(ds, "title:lucene")).containsExactly(PAPER);
            assertThat(search(ds, "abstract:librispeech")).containsExactly(PAPER);
            assertThat(search(ds, "alt:wav2vec")).containsExactly(METHOD);
        } finally {
            ds.close();
        }
        assertThat(createdMajor(db)).as("left as Lucene 9 wrote it").isEqualTo(9);
    }

    /** An index without paperkg's stamp (or with a stale one) is rebuilt in place, still a Lucene 9-created index. */
    @Test
    void anUnstampedLucene9IndexIsRebuiltInPlace(@TempDir Path dir) throws IOException {
        Path db = ZipFixtures.unzip("/store/jena-5.6.0-text-index.zip", dir).resolve("db");
        Dataset ds = PackagedTextDataset.over(db);
        try {
            assertRebuiltAndFound(ds);
            assertThat(TextIndexSync.ensureCurrent(ds.asDatasetGraph(), iris)).isEqualTo(TextIndexSync.Outcome.CURRENT);
        } finally {
            ds.close();
        }
        assertThat(createdMajor(db)).as("emptying an index keeps the version that created it").isEqualTo(9);
    }

    /**
     * The rebuild docs/jena-6.md gives for a wholly Lucene 10 index (which the next Lucene major will
     * need): delete {@code DIR.text} and start again; the index is created anew and filled from the store.
     */
    @Test
    void deletingTheIndexFolderRebuildsItAsALucene10Index(@TempDir Path dir) throws IOException {
        Path db = ZipFixtures.unzip("/store/jena-5.6.0-text-index.zip", dir).resolve("db");
        deleteTree(db.resolveSibling("db.text"));
        Dataset ds = PackagedTextDataset.over(db);
        try {
            assertRebuiltAndFound(ds);
            assertThat(TextIndexSync.upgradeAdvice(index(ds))).as("nothing left to advise").isEmpty();
        } finally {
            ds.close();
        }
        assertThat(createdMajor(db)).isEqualTo(Version.LATEST.major);
    }

    private void assertRebuiltAndFound(Dataset ds) {
        assertThat(TextIndexSync.ensureCurrent(ds.asDatasetGraph(), iris)).isEqualTo(TextIndexSync.Outcome.REBUILT);
        assertThat(search(ds, "title:lucene")).as("each triple indexed once").containsExactly(PAPER);
        assertThat(search(ds, "alt:wav2vec")).containsExactly(METHOD);
    }

    private static TextIndexLucene index(Dataset ds) {
        return (TextIndexLucene) TextIndexSync.textDataset(ds.asDatasetGraph()).getTextIndex();
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static int createdMajor(Path db) throws IOException {
        try (FSDirectory lucene = FSDirectory.open(ServeOptions.textIndexDir(db))) {
            return SegmentInfos.readLatestCommit(lucene).getIndexCreatedVersionMajor();
        }
    }
}
