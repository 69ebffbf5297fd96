package org.flowexplorer.core.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.flowexplorer.core.math.PointSet;

/**
 * Arbitrary bytes never crash the reader: it returns finite points with a consistent dimension or
 * throws an {@link InputException} with a location. Regression mode in {@code mvn verify}; real
 * fuzzing with {@code JAZZER_FUZZ=1 mvn test -Dtest=PointCsvFuzzTest -Djazzer.hooks=true}.
 */
class PointCsvFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void anyBytesGiveFinitePointsOrAnInputError(byte[] data) throws IOException {
        try {
            PointSet p = PointCsvReader.read(new ByteArrayInputStream(data), "fuzz.csv");
            assertTrue(p.size() > 0 && p.dim() >= 2 && p.allFinite());
            assertTrue(p.coords().length == p.size() * p.dim());
        } catch (InputException e) {
            assertTrue(e.getMessage().startsWith("fuzz.csv"), e.getMessage());
        }
    }
}
