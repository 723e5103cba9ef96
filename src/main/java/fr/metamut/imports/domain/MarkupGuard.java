package fr.metamut.imports.domain;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds the markup of an XML part as it streams to the parser: a tag (with its attributes), a comment, a
 * processing instruction or a CDATA section longer than {@code max} bytes refuses the file. The SAX parser
 * hands element text over in chunks, which the import keeps bounded, but it holds a whole attribute value or
 * comment in memory before handing it over: without this, one 46 MB attribute would cost what one 46 MB cell
 * did. Delimiters are ASCII, so the bytes can be scanned without decoding UTF-8.
 */
final class MarkupGuard extends FilterInputStream {

    private enum State { TEXT, OPENING, TAG, COMMENT, INSTRUCTION, CDATA }

    private static final byte[] COMMENT_START = ascii("<!--");
    private static final byte[] COMMENT_END = ascii("-->");
    private static final byte[] INSTRUCTION_END = ascii("?>");
    private static final byte[] CDATA_START = ascii("<![CDATA[");
    private static final byte[] CDATA_END = ascii("]]>");

    private final int max;
    private State state = State.TEXT;
    private int length;
    private byte quote;
    /** The last 16 bytes of the markup (a ring), to recognise how it starts and ends. */
    private final byte[] recent = new byte[16];
    private int position;

    MarkupGuard(InputStream in, int max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            scan((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        int read = super.read(buffer, offset, count);
        for (int i = 0; i < read; i++) {
            scan(buffer[offset + i]);
        }
        return read;
    }

    private void scan(byte b) {
        if (state == State.TEXT) {
            if (b == '<') {
                state = State.OPENING;
                length = 0;
                quote = 0;
                remember(b);
            }
            return;
        }
        if (++length > max) {
            throw new ImportRejection("import.error.zipBomb");
        }
        remember(b);
        switch (state) {
            case OPENING -> opening(b);
            case TAG -> {
                if (quote != 0) {
                    quote = b == quote ? 0 : quote;
                } else if (b == '"' || b == '\'') {
                    quote = b;
                } else if (b == '>') {
                    state = State.TEXT;
                }
            }
            case COMMENT -> endIfAfter(COMMENT_END);
            case INSTRUCTION -> endIfAfter(INSTRUCTION_END);
            case CDATA -> endIfAfter(CDATA_END);
            default -> throw new IllegalStateException(state.name());
        }
    }

    /** The first bytes after '<' tell a comment, an instruction or a CDATA section from a tag. */
    private void opening(byte b) {
        if (length == 1 && b == '?') {
            state = State.INSTRUCTION;
        } else if (startsWith(COMMENT_START)) {
            state = State.COMMENT;
        } else if (startsWith(CDATA_START)) {
            state = State.CDATA;
        } else if (length >= CDATA_START.length - 1 || !isPrefix(b)) {
            state = State.TAG;
            scanTagByte(b);
        }
    }

    /** Whether the markup read so far may still become a comment or a CDATA section. */
    private boolean isPrefix(byte b) {
        return length < COMMENT_START.length && COMMENT_START[length] == b
                || length < CDATA_START.length && CDATA_START[length] == b;
    }

    private void scanTagByte(byte b) {
        if (b == '"' || b == '\'') {
            quote = b;
        } else if (b == '>') {
            state = State.TEXT;
        }
    }

    private void remember(byte b) {
        recent[position++ & 15] = b;
    }

    private boolean startsWith(byte[] start) {
        return length == start.length - 1 && endsWithBytes(start);
    }

    private void endIfAfter(byte[] end) {
        if (length >= end.length && endsWithBytes(end)) {
            state = State.TEXT;
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private boolean endsWithBytes(byte[] end) {
        for (int i = 0; i < end.length; i++) {
            if (recent[(position - end.length + i) & 15] != end[i]) {
                return false;
            }
        }
        return true;
    }
}
