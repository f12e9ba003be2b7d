package org.paperkg.eval;

import java.util.List;
import java.util.Objects;
import org.paperkg.ingest.SourceRef;

/**
 * One record of an annotated corpus under {@code shared/corpora}: an abstract (or, for TDMSci, a
 * sentence) with its gold entity mentions.
 *
 * @param id            the corpus's record id
 * @param title         the title, or null (SciERC, TDMSci and some SciREX records have none)
 * @param text          the text the mention offsets index
 * @param entities      gold mentions in {@code text}
 * @param titleEntities SciREX only: gold mentions in {@code title}, offsets into the title
 * @param results       SciREX only: document-level result tuples
 * @param source        file and line of the record
 */
public record AnnotatedDoc(
        String id,
        String title,
        String text,
        List<Mention> entities,
        List<Mention> titleEntities,
        List<ResultTuple> results,
        SourceRef source) {

    public AnnotatedDoc {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        entities = List.copyOf(entities);
        titleEntities = List.copyOf(titleEntities);
        results = List.copyOf(results);
    }

    /**
     * A gold mention.
     *
     * @param start          first character (inclusive)
     * @param end            character after the mention (exclusive)
     * @param type           the corpus's label ("Task", "Material", "Generic", ...)
     * @param text           the mention's text, {@code text.substring(start, end)}
     * @param salientCluster SciREX only: the salient cluster it co-refers with, or null
     */
    public record Mention(int start, int end, String type, String text, String salientCluster) {

        public Mention {
            Objects.requireNonNull(type, "type");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
            }
        }
    }

    /**
     * A SciREX document-level result: cluster names use underscores for spaces and punctuation.
     *
     * @param score                the value as in SciREX ("71.8%", "73.9 ")
     * @param scoreInText          the number of {@code score} occurs in the abstract
     * @param rolesMentionedInText roles with a linked mention in the abstract
     */
    public record ResultTuple(String method, String dataset, String metric, String task, String score,
                              boolean scoreInText, List<String> rolesMentionedInText) {

        public ResultTuple {
            rolesMentionedInText = rolesMentionedInText == null ? List.of() : List.copyOf(rolesMentionedInText);
        }
    }
}
