package org.paperkg.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.paperkg.extract.CodeLink;
import org.paperkg.extract.Comparison;
import org.paperkg.domain.EntityType;
import org.paperkg.extract.Evidence;
import org.paperkg.extract.ExtractedEntity;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.ResultMention;
import org.paperkg.extract.Section;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.SourceRef;

/** The two papers of the golden-file tests, written out by hand so that the expected RDF can be read. */
final class GoldenPapers {

    private GoldenPapers() {
    }

    /** A JSON Lines record with an arXiv id and no extracted facts. */
    static Paper arxivPaper() {
        return new Paper("1512.03385", "Deep Residual Learning for Image Recognition",
                "Residual networks ease the training of very deep networks.",
                "Deep Residual Learning for Image Recognition",
                "Residual networks ease the training of   very deep networks.",
                LocalDate.of(2015, 12, 10), null, "1512.03385", List.of("cs.CV"),
                new SourceRef("examples/papers.jsonl", 3));
    }

    static final String LORA_ABSTRACT = "We propose Low-Rank Adaptation (LoRA), which freezes the pretrained "
            + "weights. LoRA reaches 73.4% accuracy on MNLI and outperforms full fine-tuning. "
            + "Code is at https://github.com/microsoft/LoRA.";

    /** A listing-page record with a listing date and a full extraction. */
    static Paper listingPaper() {
        return new Paper(null, "LoRA: Low-Rank Adaptation of Large Language Models", LORA_ABSTRACT,
                "LoRA: Low-Rank Adaptation of Large Language Models", LORA_ABSTRACT,
                null, MonthDay.of(6, 17), null, List.of(), new SourceRef("examples/listing.txt", 11));
    }

    static Extraction loraExtraction() {
        String s1 = "We propose Low-Rank Adaptation (LoRA), which freezes the pretrained weights.";
        String s2 = "LoRA reaches 73.4% accuracy on MNLI and outperforms full fine-tuning.";
        String s3 = "Code is at https://github.com/microsoft/LoRA.";
        int s2at = LORA_ABSTRACT.indexOf(s2);
        int s3at = LORA_ABSTRACT.indexOf(s3);
        ExtractedEntity lora = new ExtractedEntity(EntityType.METHOD, "Low-Rank Adaptation", List.of("LoRA"), null, true,
                List.of(new Evidence(Section.ABSTRACT, 11, 30, s1, "pattern:proposal+acronym", 0.9, true),
                        new Evidence(Section.TITLE, 0, 4, "LoRA: Low-Rank Adaptation of Large Language Models", "title-prefix", 0.9,
                                true),
                        new Evidence(Section.ABSTRACT, s2at, s2at + 4, s2, "acronym", 0.85)));
        ExtractedEntity mnli = new ExtractedEntity(EntityType.DATASET, "MNLI", List.of(), null, false,
                List.of(new Evidence(Section.ABSTRACT, s2at + 31, s2at + 35, s2, "lexicon", 0.9)));
        ExtractedEntity accuracy = new ExtractedEntity(EntityType.METRIC, "accuracy", List.of(), null, false,
                List.of(new Evidence(Section.ABSTRACT, s2at + 19, s2at + 27, s2, "lexicon", 0.95)));
        ResultMention result = new ResultMention("accuracy", new BigDecimal("73.4"), "%", "73.4%", false, "MNLI",
                "Low-Rank Adaptation", new Evidence(Section.ABSTRACT, s2at + 13, s2at + 18, s2, "pattern:result", 0.8));
        CodeLink code = new CodeLink("https://github.com/microsoft/LoRA",
                new Evidence(Section.ABSTRACT, s3at + 11, s3at + 44, s3, "pattern:url", 1.0));
        Comparison beats = new Comparison("Low-Rank Adaptation", "full fine-tuning",
                new Evidence(Section.ABSTRACT, s2at + 40, s2at + 68, s2, "pattern:comparison", 0.7));
        return new Extraction("test-1", List.of(lora, mnli, accuracy), List.of(result), List.of(code), List.of(beats));
    }
}
