package org.flowexplorer.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExcerptAndUtf8Test {
    @Test
    void excerptsEscapeControlCharactersAndStayShort() {
        assertEquals("a\\nb\\u001b[31m", Excerpt.of("a\nb\u001b[31m", 100));
        assertEquals("abc… (10 characters)", Excerpt.of("abcdefghij", 3));
        assertEquals("\\u202e", Excerpt.of("\u202e", 5), "bidi override is made visible");
        assertEquals("null", Excerpt.of(null));
        String ends = Excerpt.ends("/very/long/" + "x".repeat(500) + "/points.csv", 60);
        assertTrue(ends.endsWith("points.csv") && ends.startsWith("/very/long/") && ends.length() < 120, ends);
    }

    @Test
    void inputExceptionMessagesAreBoundedWhateverTheyAreGiven() {
        InputException e = new InputException("f\n.csv" + "p".repeat(10_000), 3, 4, "bad \u001b[2J" + "x".repeat(10_000));
        assertTrue(e.getMessage().length() < 700, e.getMessage());
        assertTrue(e.getMessage().chars().noneMatch(c -> c < 0x20), e.getMessage());
        assertTrue(e.getMessage().contains(":3:4: bad \\u001b[2J"), e.getMessage());
    }

    @Test
    void utf8ErrorsNameTheLineAndColumn() {
        byte[] bytes = "{\n  \"dataset\": \"caf".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xE9; // Latin-1 é
        bad[bytes.length + 1] = '"';
        InputException e = assertThrows(InputException.class, () -> Utf8Text.decode(bad, "c.json"));
        assertEquals(2, e.line());
        assertEquals(18, e.column(), "17 characters precede the bad byte on its line");
        assertEquals("text", Utf8Text.decode("\uFEFFtext".getBytes(StandardCharsets.UTF_8), "bom.txt"));
    }

    @Test
    void theCoordinateRangeRejectsNaNInfinityAndOverflow() {
        assertEquals(-1, CoordinateRange.firstOutside(new double[] {0, -1e60, 1e60, Double.MIN_VALUE}));
        assertEquals(1, CoordinateRange.firstOutside(new double[] {0, Double.NaN}));
        assertEquals(0, CoordinateRange.firstOutside(new double[] {Double.NEGATIVE_INFINITY}));
        assertEquals(2, CoordinateRange.firstOutside(new double[] {1, 2, 1.0000001e60}));
    }
}
