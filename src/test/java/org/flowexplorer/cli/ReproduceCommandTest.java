package org.flowexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reproduce subcommands at toy size: files appear, numbers are sane, bad input is exit 2. */
class ReproduceCommandTest {
    @TempDir
    Path dir;

    private static void assertFiles(Path out, String... names) throws Exception {
        for (String n : names) {
            assertTrue(Files.size(out.resolve(n)) > 50, n);
        }
        try (var files = Files.list(out)) {
            assertEquals(names.length, files.count(), "only the named files, no leftovers");
        }
    }

    @Test
    void table25WritesTheTableFiles() throws Exception {
        Path out = dir.resolve("t25");
        CliRunner.Result r = CliRunner.run("reproduce", "table-25", "--out", out.toString(), "--seeds", "2", "--steps",
                "40", "--particles", "60", "--threads", "2", "--only", "sd/off/full/annealed", "--only",
                "svgd/on/batched/cosine");
        assertEquals(0, r.code(), r.err());
        assertFiles(out, "table.csv", "table.md", "runs.csv", "final-states.png");
        List<String> csv = Files.readAllLines(out.resolve("table.csv"));
        assertEquals(3, csv.size());
        assertTrue(csv.get(1).startsWith("sd,off,full,annealed,2,25,"), csv.get(1));
        assertEquals(5, Files.readAllLines(out.resolve("runs.csv")).size());
        assertTrue(Files.readString(out.resolve("table.md")).contains("converged = ≥ 24/25 modes"));
        assertTrue(r.out().contains("wall time"));
    }

    @Test
    void badTableOptionsAreOneLineErrors() {
        for (String[] args : List.of(
                new String[] {"reproduce", "table-25", "--out", dir.resolve("a").toString(), "--only", "sd/off/full"},
                new String[] {"reproduce", "table-25", "--out", dir.resolve("a").toString(), "--only", "langevin/off/full/annealed"},
                new String[] {"reproduce", "table-30", "--out", dir.resolve("a").toString(), "--seeds", "0"},
                new String[] {"reproduce", "table-30", "--out", dir.resolve("a").toString(), "--particles", "1"},
                new String[] {"reproduce", "model50", "--out", dir.resolve("a").toString(), "--sigma", "-1"},
                new String[] {"reproduce", "curl-langevin", "--out", dir.resolve("a").toString(), "--seeds", "1"},
                new String[] {"reproduce", "swissroll", "--out", dir.resolve("a").toString(), "--frames", "1"})) {
            CliRunner.Result r = CliRunner.run(args);
            assertEquals(FlowExplorerCli.BAD_INPUT, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.cleanOneLineError(), r.err());
        }
        assertFalse(Files.exists(dir.resolve("a")), "nothing written on bad input");
    }

    @Test
    void model50WritesItsFiles() throws Exception {
        Path m = dir.resolve("m50");
        CliRunner.Result r = CliRunner.run("reproduce", "model50", "--out", m.toString(), "--steps", "30", "--particles",
                "60", "--dim", "10", "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertFiles(m, "model50.csv", "model50-mean.png", "model50-cov.png", "model50-nn.png", "model50-nn.csv");
        assertTrue(r.out().contains("covariance error"), r.out());
    }

    @Test
    void swissrollWritesTwoStrips() throws Exception {
        Path s = dir.resolve("swiss");
        CliRunner.Result r = CliRunner.run("reproduce", "swissroll", "--out", s.toString(), "--points", "80", "--steps", "20",
                "--frames", "3", "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertFiles(s, "swissroll-frames.png", "swissroll.csv");
        List<String> rows = Files.readAllLines(s.resolve("swissroll.csv"));
        assertEquals("swissroll3d->mystery3d", rows.get(1).split(",")[0]);
        assertEquals("mystery3d->swissroll3d", rows.get(2).split(",")[0]);
    }

    @Test
    void nnHistogramWritesDistancesOfBothSets() throws Exception {
        Path n = dir.resolve("nn");
        CliRunner.Result r = CliRunner.run("reproduce", "nn-histogram", "--out", n.toString(), "--steps", "30", "--set", "particles=80",
                "--set", "targets=80", "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertFiles(n, "nn-histogram.png", "nn-distances.csv");
        List<String> d = Files.readAllLines(n.resolve("nn-distances.csv"));
        assertEquals(1 + 80 + 80, d.size());
        assertEquals(80, d.stream().filter(x -> x.startsWith("generated,")).count());
    }

    @Test
    void curlLangevinAndDiffFlowWriteTheirReports() throws Exception {
        Path c = dir.resolve("cl");
        CliRunner.Result r = CliRunner.run("reproduce", "curl-langevin", "--out", c.toString(), "--particles", "60",
                "--steps", "60", "--seeds", "2", "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertFiles(c, "curl-langevin.csv", "curl-langevin.md", "curl-langevin.png");
        assertEquals(5, Files.readAllLines(c.resolve("curl-langevin.csv")).size());

        Path f = dir.resolve("df");
        r = CliRunner.run("reproduce", "diffflow-marginals", "--out", f.toString(), "--particles", "60", "--steps", "40",
                "--seeds", "2", "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertFiles(f, "diffflow-marginals.csv", "diffflow-marginals.md", "diffflow-marginals.png");
        assertTrue(Files.readString(f.resolve("diffflow-marginals.md")).contains("| 0.5 |"));
    }
}
