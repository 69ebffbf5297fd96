package org.flowexplorer.app.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** LogScale: round trip and clamping of the log slider scale. */
class LogScaleTest {
    @Test
    void logScaleRoundTripsAndClamps() {
        LogScale s = new LogScale(0.01, 10);
        assertEquals(0.01, s.value(0), 1e-15);
        assertEquals(10, s.value(1), 1e-12);
        assertEquals(1.0, s.value(2.0 / 3), 1e-12);
        assertEquals(0.4, s.position(s.value(0.4)), 1e-12);
        assertEquals(0, s.position(-1));
        assertEquals(1, s.position(1e9));
        assertEquals(0.123, LogScale.round3(0.123456), 1e-15);
    }
}
