package org.flowexplorer.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NoiseScheduleTest {
    @ParameterizedTest
    @EnumSource(ScheduleKind.class)
    void hitsBothEndsExactly(ScheduleKind kind) {
        NoiseSchedule s = new NoiseSchedule(kind, 1.0, 0.05, 1000);
        assertEquals(1.0, s.sigmaAt(0), 0.0);
        double end = kind == ScheduleKind.CONSTANT ? 1.0 : 0.05;
        assertEquals(end, s.sigmaAt(999), 0.0);
        assertEquals(end, s.sigmaAt(5000), 0.0);
    }

    @Test
    void midpointsMatchTheFormulas() {
        // u = 0.5 at t = 50 of T = 101
        assertEquals(0.525, new NoiseSchedule(ScheduleKind.LINEAR, 1.0, 0.05, 101).sigmaAt(50), 1e-15);
        assertEquals(Math.sqrt(0.05), new NoiseSchedule(ScheduleKind.GEOMETRIC, 1.0, 0.05, 101).sigmaAt(50), 1e-15);
        assertEquals(0.525, new NoiseSchedule(ScheduleKind.COSINE, 1.0, 0.05, 101).sigmaAt(50), 1e-15);
        // cosine at u = 1/4: σ_min + (σ_max − σ_min)(1 + cos(π/4))/2
        assertEquals(0.05 + 0.95 * (1 + Math.cos(Math.PI / 4)) / 2,
                new NoiseSchedule(ScheduleKind.COSINE, 1.0, 0.05, 101).sigmaAt(25), 1e-15);
        assertEquals(0.2, new NoiseSchedule(ScheduleKind.CONSTANT, 0.2, 0.05, 10).sigmaAt(5), 0.0);
    }

    @Test
    void lengthOneGivesSigmaMaxFirst() {
        NoiseSchedule s = new NoiseSchedule(ScheduleKind.LINEAR, 2.0, 0.1, 1);
        assertEquals(2.0, s.sigmaAt(0), 0.0);
        assertEquals(0.1, s.sigmaAt(1), 0.0);
    }

    @Test
    void rejectsNonPositiveSigmaAndLength() {
        assertThrows(IllegalArgumentException.class, () -> new NoiseSchedule(ScheduleKind.LINEAR, 0, 0.1, 10));
        assertThrows(IllegalArgumentException.class, () -> new NoiseSchedule(ScheduleKind.LINEAR, 1, Double.NaN, 10));
        assertThrows(IllegalArgumentException.class, () -> new NoiseSchedule(ScheduleKind.LINEAR, 1, 0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> ScheduleKind.parse("wiggly"));
    }
}
