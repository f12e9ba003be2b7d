package org.paperkg.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a UTF-8 byte stream into lines with a cap on line length, so that one enormous line (a
 * whole file without newlines, a 5 MB record) cannot exhaust memory the way
 * {@code BufferedReader.readLine} would.
 *
 * <p>Lines end at {@code \n}; a {@code \r} before it is dropped. Bytes of a line past the cap are
 * counted but not kept, and the line comes back {@linkplain Line#tooLong() flagged}. Each line is
 * decoded on its own, so one invalid byte damages one line only: invalid sequences become U+FFFD
 * and the line reports where the first one was. A byte-order mark at the start is dropped.
 */
final class LineSource implements Closeable {

    /** One physical line. */
    record Line(
            /* 1-based */ long number,
            /* decoded text; empty when tooLong */ String text,
            /* length in bytes, without the line end */ long byteLength,
            boolean tooLong,
            /* 1-based byte column of the first invalid UTF-8 sequence, or 0 */ int invalidUtf8At,
            /* false only for a last line without a newline */ boolean terminated) {
    }

    static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkEnd;
    private byte[] line = new byte[4096];
    private long lineNumber;
    private boolean eof;

    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharsetDecoder lenient = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private CharBuffer chars = CharBuffer.allocate(4096);

    LineSource(InputStream in, int maxLineBytes) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be >= 1, got " + maxLineBytes);
        }
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Number of the last line returned (0 before the first). */
    long lineNumber() {
        return lineNumber;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        if (eof) {
            return null;
        }
        long length = 0;
        boolean terminated = false;
        while (true) {
            if (chunkPos == chunkEnd) {
                int n = in.read(chunk);
                if (n < 0) {
                    eof = true;
                    break;
                }
                chunkPos = 0;
                chunkEnd = n;
            }
            int start = chunkPos;
            int nl = -1;
            for (int i = start; i < chunkEnd; i++) {
                if (chunk[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int end = nl < 0 ? chunkEnd : nl;
            append(start, end, length);
            length += end - start;
            if (nl >= 0) {
                chunkPos = nl + 1;
                terminated = true;
                break;
            }
            chunkPos = chunkEnd;
        }
        if (!terminated && length == 0) {
            return null;
        }
        lineNumber++;
        if (length <= maxLineBytes + 1L && length > 0 && line[(int) length - 1] == '\r') {
            length--;
        }
        if (length > maxLineBytes) {
            return new Line(lineNumber, "", length, true, 0, terminated);
        }
        int offset = 0;
        if (lineNumber == 1 && length >= 3 && (line[0] & 0xff) == 0xef && (line[1] & 0xff) == 0xbb
                && (line[2] & 0xff) == 0xbf) {
            offset = 3;
        }
        return decode(offset, (int) length, terminated);
    }

    private void append(int from, int to, long lengthSoFar) {
        if (lengthSoFar + (to - from) > maxLineBytes + 1L) {
            return; // over the cap (one spare byte for a trailing \r): count, do not keep
        }
        int need = (int) lengthSoFar + (to - from);
        if (need > line.length) {
            line = Arrays.copyOf(line, Math.max(need, line.length * 2));
        }
        System.arraycopy(chunk, from, line, (int) lengthSoFar, to - from);
    }

    private Line decode(int offset, int length, boolean terminated) {
        int bytes = length - offset;
        if (chars.capacity() < bytes) {
            chars = CharBuffer.allocate(Math.max(bytes, chars.capacity() * 2));
        }
        ByteBuffer input = ByteBuffer.wrap(line, offset, bytes);
        chars.clear();
        strict.reset();
        CoderResult result = strict.decode(input, chars, true);
        if (!result.isError()) {
            strict.flush(chars);
            return new Line(lineNumber, new String(chars.array(), 0, chars.position()), length, false, 0,
                    terminated);
        }
        int badColumn = input.position() + 1;
        chars.clear();
        lenient.reset();
        lenient.decode(ByteBuffer.wrap(line, offset, bytes), chars, true);
        lenient.flush(chars);
        return new Line(lineNumber, new String(chars.array(), 0, chars.position()), length, false, badColumn,
                terminated);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
