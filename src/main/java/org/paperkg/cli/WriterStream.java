package org.paperkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An OutputStream of UTF-8 bytes that writes characters to a Writer, so that Jena's writers,
 * which take streams, can write to picocli's {@code getOut()} (which tests capture).
 */
final class WriterStream extends OutputStream {

    private final Writer writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    WriterStream(Writer writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) throws IOException {
        bytes.put((byte) b);
        if (!bytes.hasRemaining()) {
            drain(false);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, bytes.remaining());
            bytes.put(b, off, n);
            off += n;
            len -= n;
            if (!bytes.hasRemaining()) {
                drain(false);
            }
        }
    }

    private void drain(boolean endOfInput) throws IOException {
        bytes.flip();
        while (true) {
            var result = decoder.decode(bytes, chars, endOfInput);
            chars.flip();
            writer.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
            chars.clear();
            if (!result.isOverflow()) {
                break;
            }
        }
        bytes.compact();
    }

    @Override
    public void flush() throws IOException {
        drain(false);
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        drain(true);
        decoder.flush(chars);
        chars.flip();
        writer.write(chars.toString());
        writer.flush();
    }
}
