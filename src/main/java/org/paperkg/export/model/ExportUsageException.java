package org.paperkg.export.model;

import java.io.Serial;

/**
 * A request the store cannot answer as asked: an unknown view parameter, an entity that is not in
 * the store, a query without the columns a graph needs. The message names the input and says what
 * would work; {@code paperkg export} prints it and exits with the usage code.
 */
public final class ExportUsageException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ExportUsageException(String message) {
        super(message);
    }

    public ExportUsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
