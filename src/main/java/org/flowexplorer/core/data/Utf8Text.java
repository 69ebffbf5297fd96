package org.flowexplorer.core.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding for the files users hand us (configurations, presets, CSV): a byte
 * sequence that is not UTF-8 is an {@link InputException} at the line and column where it starts,
 * never the JDK's bare "Input length = 1".
 */
public final class Utf8Text {
    private Utf8Text() {
    }

    /** The text of {@code bytes} without a leading byte-order mark; an error at the first bad byte. */
    public static String decode(byte[] bytes, String source) {
        try {
            String s = newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw notUtf8(new ByteArrayInputStream(bytes), source);
        }
    }

    /** A strict decoder: malformed or unmappable input is reported, never replaced. */
    public static CharsetDecoder newDecoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * The error for a stream that failed to decode: reads {@code in} again from its start to find
     * the first bad byte (line and column in characters, both 1-based).
     */
    public static InputException notUtf8(InputStream in, String source) {
        int[] at;
        try {
            at = firstMalformed(in);
        } catch (IOException e) {
            at = null;
        }
        if (at == null) {
            return new InputException(source, 0, 0, "is not UTF-8 text");
        }
        return new InputException(source, at[0], at[1], "is not UTF-8 text (a byte sequence here is not valid UTF-8)");
    }

    /** {line, column} of the first malformed sequence, or null if the stream decodes cleanly. */
    static int[] firstMalformed(InputStream in) throws IOException {
        CharsetDecoder dec = newDecoder();
        ByteBuffer bytes = ByteBuffer.allocate(1 << 14);
        CharBuffer chars = CharBuffer.allocate(1 << 14);
        int line = 1;
        int column = 1;
        boolean eof = false;
        while (true) {
            if (!eof) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            }
            bytes.flip();
            CoderResult r = dec.decode(bytes, chars, eof);
            chars.flip();
            while (chars.hasRemaining()) {
                if (chars.get() == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            chars.clear();
            if (r.isError()) {
                return new int[] {line, column};
            }
            bytes.compact();
            if (eof && !r.isOverflow()) {
                return null;
            }
        }
    }
}
