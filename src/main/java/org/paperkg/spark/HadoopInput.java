package org.paperkg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.paperkg.ingest.InputLocation;

/**
 * An input file or folder on a Hadoop file system ({@code hdfs://}, {@code s3a://}, {@code file://},
 * or any scheme whose connector is on the class path), read by the driver with the same readers
 * as local files.
 */
record HadoopInput(FileSystem fs, org.apache.hadoop.fs.Path path) implements InputLocation {

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://.*");

    /**
     * The input a command-line argument names: a URI with a scheme ({@code hdfs://nn/abstracts/})
     * goes through Hadoop's file system for that scheme, anything else is a local path.
     *
     * @throws IOException when no file system serves the scheme (its connector is not on the class path)
     */
    static InputLocation resolve(String input, Configuration conf) throws IOException {
        if (!SCHEME.matcher(input).matches()) {
            return InputLocation.of(Path.of(input));
        }
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(URI.create(input));
        try {
            return new HadoopInput(p.getFileSystem(conf), p);
        } catch (org.apache.hadoop.fs.UnsupportedFileSystemException e) {
            throw new IOException(input + ": no Hadoop file system for the scheme '" + p.toUri().getScheme()
                    + "' on the class path; add its connector (for s3a://, hadoop-aws) to the job's jars", e);
        }
    }

    /** Whether {@code input} is a URI with a scheme, that is read through Hadoop. */
    static boolean isUri(String input) {
        return SCHEME.matcher(input).matches();
    }

    @Override
    public String name() {
        return path.toString();
    }

    @Override
    public String fileName() {
        return path.getName();
    }

    @Override
    public boolean exists() throws IOException {
        return fs.exists(path);
    }

    @Override
    public boolean isFolder() throws IOException {
        return fs.getFileStatus(path).isDirectory();
    }

    @Override
    public boolean isRegularFile() throws IOException {
        return fs.getFileStatus(path).isFile();
    }

    @Override
    public List<InputLocation> children() throws IOException {
        List<InputLocation> children = new ArrayList<>();
        for (FileStatus s : fs.listStatus(path)) {
            children.add(new HadoopInput(fs, s.getPath()));
        }
        return children;
    }

    @Override
    public InputStream openRaw() throws IOException {
        return fs.open(path);
    }

    @Override
    public Object identity() {
        return fs.makeQualified(path).toUri();
    }
}
