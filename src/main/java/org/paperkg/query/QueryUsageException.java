package org.paperkg.query;

/**
 * A request the catalogue cannot run as given: an unknown query name, a missing or malformed
 * parameter, a name that matches no entity. The message says what was wrong and what is
 * allowed, so that the command line and the Analytics page can show it as it is.
 */
public final class QueryUsageException extends IllegalArgumentException {

    public QueryUsageException(String message) {
        super(message);
    }
}
