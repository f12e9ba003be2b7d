package org.paperkg.cli;

import java.util.Locale;
import org.paperkg.extract.ExtractorConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --ner crf|none}: whether the extractor runs the shipped CRF tagger beside the rules, for
 * every command that extracts ({@code build}, {@code bench}, {@code eval}). Without the option the
 * extractor's default ({@link ExtractorConfig#DEFAULT_CRF}) holds.
 */
final class NerOption {

    @Option(names = "--ner", paramLabel = "crf|none", defaultValue = "default",
            description = "Learned entity recognition beside the rules: crf (the shipped CRF tagger) or none "
                    + "(rules only); default: the extractor's own default (none).")
    String ner;

    /**
     * True for crf, false for none, the default when not given.
     *
     * @throws ParameterException naming the allowed values for anything else
     */
    boolean crf(CommandLine cmd) {
        return switch (ner.strip().toLowerCase(Locale.ROOT)) {
            case "crf" -> true;
            case "none" -> false;
            case "default" -> ExtractorConfig.DEFAULT_CRF;
            default -> throw new ParameterException(cmd, "--ner must be crf or none, got '" + ner + "'");
        };
    }
}
