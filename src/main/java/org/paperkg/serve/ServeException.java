package org.paperkg.serve;

/** The server could not start; the message says why and what to do. */
public final class ServeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServeException(String message) {
        super(message);
    }

    public ServeException(String message, Throwable cause) {
        super(message, cause);
    }
}
