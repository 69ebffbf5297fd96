package org.flowexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full size, so not part of {@code mvn verify}: run it with
 * {@code mvn test -Dtest=PaperConditionTest -Dpaper.full=true} (about a minute on 2 idle cores;
 * the reduced-size version is {@code TableExperimentTest}). The acceptance run of the engine: {@code run --preset 25gaussians-sd --steps 1000} (N = M = 1000,
 * linear σ 1 → 0.05, no AdaGrad, full data) covers at least 24 of 25 modes with an in-mode
 * fraction of at least 0.9.
 */
@EnabledIfSystemProperty(named = "paper.full", matches = "true")
class PaperConditionTest {
    @TempDir
    Path dir;

    @Test
    void sdFlowConvergesOn25GaussiansInTheNoAdaGradAnnealedCondition() throws Exception {
        Path out = dir.resolve("sd");
        CliRunner.Result r = CliRunner.run("run", "--preset", "25gaussians-sd", "--steps", "1000", "--metrics-every", "100",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("metrics.csv"));
        String[] last = rows.get(rows.size() - 1).split(",", -1);
        assertEquals("1000", last[0]);
        int modes = (int) Double.parseDouble(last[4]);
        double inMode = Double.parseDouble(last[5]);
        assertTrue(modes >= 24, "modes covered " + modes);
        assertTrue(inMode >= 0.9, "in-mode fraction " + inMode);
    }
}
