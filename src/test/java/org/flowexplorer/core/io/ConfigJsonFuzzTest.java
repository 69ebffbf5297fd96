package org.flowexplorer.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.data.Utf8Text;
import org.flowexplorer.core.sim.RunConfig;

/**
 * Arbitrary bytes as a configuration file, {@code "changes"} included: the reader returns a
 * configuration that writes and reads back to itself, or throws an {@link InputException} naming the
 * file in one bounded, printable line — never any other exception. Regression mode (the seeds in
 * {@code ConfigJsonFuzzTestInputs/}) runs in {@code mvn verify}; a campaign:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ConfigJsonFuzzTest -Djazzer.hooks=true -Djazzer.max_duration=10m}.
 */
class ConfigJsonFuzzTest {
    private final ConfigJson json = new ConfigJson();

    @FuzzTest(maxDuration = "30s")
    void anyBytesGiveAConfigThatRoundTripsOrAnInputError(byte[] data) {
        RunConfig c;
        try {
            c = json.parse(Utf8Text.decode(data, "fuzz.json"), "fuzz.json");
        } catch (InputException e) {
            assertBounded(e, "fuzz.json");
            return;
        }
        RunConfig expected = c.withDataset(DatasetFiles.absolute(c.dataset())).withDatasetSha256(c.datasetSha256());
        assertEquals(expected, json.parse(json.write(c), "again.json"));
    }

    static void assertBounded(InputException e, String source) {
        String m = e.getMessage();
        assertTrue(m.startsWith(source), m);
        assertTrue(m.length() <= 700, () -> "message of " + m.length() + " characters");
        assertFalse(m.chars().anyMatch(ch -> ch < 0x20), "control character in the message");
    }
}
