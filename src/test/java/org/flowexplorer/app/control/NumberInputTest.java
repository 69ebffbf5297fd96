package org.flowexplorer.app.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberInputTest {
    private final NumberInput n = NumberInput.integer("N", 1, 50_000);
    private final NumberInput eta = NumberInput.decimal("η", 0.001, 2);

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1e999", "-5", "0", "", "  ", "1.5", "NaN", "Infinity", "0x10", "1d", "60000", "--1"})
    void rejectsBadTextWithAMessageNamingTheField(String text) {
        ParsedNumber r = n.parse(text);
        assertFalse(r.ok(), text);
        assertTrue(r.error().startsWith("N:"), r.error());
    }

    @Test
    void acceptsPlainNumbersWithinBounds() {
        assertEquals(1000, n.parse(" 1000 ").value());
        assertEquals(20000, n.parse("2e4").value());
        assertEquals(1000, n.parse("1 000").value());
        assertEquals(0.25, eta.parse(".25").value());
        assertFalse(eta.parse("3").ok());
    }

    @Test
    void formatsIntegersWithoutAFraction() {
        assertEquals("1000", n.format(1000));
        assertEquals("0.25", eta.format(0.25));
    }
}
