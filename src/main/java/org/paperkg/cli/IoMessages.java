package org.paperkg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;

/**
 * Says in words why an I/O operation failed: Java's file exceptions carry only the path as their
 * message ({@code AccessDeniedException: /out/x.csv}), and network ones hide the cause under a
 * generic wrapper ("Unexpected error making the query").
 */
final class IoMessages {

    private IoMessages() {
    }

    /** Why {@code e} happened, such as "permission denied on /out/x.csv" or "connection refused". */
    static String why(Throwable e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof AccessDeniedException a) {
            return "permission denied on " + a.getFile();
        }
        if (t instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (t instanceof NotDirectoryException n) {
            return n.getFile() + " is a file, not a folder";
        }
        if (t instanceof FileAlreadyExistsException f) {
            return f.getFile() + " already exists and is not a folder";
        }
        if (t instanceof FileSystemException f) {
            return (f.getReason() == null ? "file system error" : f.getReason().toLowerCase(java.util.Locale.ROOT))
                    + " on " + f.getFile();
        }
        if (t instanceof ReadOnlyFileSystemException) {
            return "the file system is read-only";
        }
        return network(t);
    }

    /** The first cause in {@code e}'s chain that says something about the network, or else its messages. */
    static String network(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused" + (t.getMessage() == null || t.getMessage().isBlank()
                        || t.getMessage().equalsIgnoreCase("connection refused") ? "" : " (" + t.getMessage() + ")")
                        + ": nothing listens there";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
            if (t instanceof HttpConnectTimeoutException || t instanceof HttpTimeoutException) {
                return "timed out: " + t.getMessage();
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank() && sb.indexOf(m) < 0) {
                sb.append(sb.length() == 0 ? "" : ": ").append(m);
            }
        }
        return sb.length() == 0 ? e.getClass().getSimpleName() : sb.toString();
    }

    /** {@link #why} for an {@link IOException}. */
    static String why(IOException e) {
        return why((Throwable) e);
    }
}
