package org.flowexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flowexplorer.core.data.PointCsvReader;
import org.flowexplorer.core.export.FrameSink;
import org.flowexplorer.core.io.ConfigJson;
import org.flowexplorer.core.render.paint.FrameBuffer;
import org.flowexplorer.core.sim.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The reproducers of the reliability issue, one test each, as a user would type them. */
class ReliabilityReproducerTest {
    private static final String STEERED = "{\"dataset\": \"8gaussians\", \"particles\": 40, \"targets\": 40, \"steps\": 30,\n"
            + " \"changes\": [{\"step\": 5, \"eta\": 0.3}, {\"step\": 12, \"flow\": \"mmd\"}, {\"step\": 20, \"curl\": 0.5}]}\n";

    @TempDir
    Path tmp;

    @Test
    void setStepsAndSeedKeepTheRecordedChanges() throws IOException {
        Path steered = Files.writeString(tmp.resolve("steered.json"), STEERED);
        RunConfig original = new ConfigJson().read(steered);
        CliRunner.Result r = CliRunner.run("run", "--config", steered.toString(), "--set", "seed=0", "--steps", "25",
                "--set", "eta=0.2", "--out", tmp.resolve("o").toString());
        assertEquals(0, r.code(), r.err());
        RunConfig written = new ConfigJson().read(tmp.resolve("o/config.json"));
        assertEquals(3, written.changes().size());
        assertEquals(0.3, written.paramsAt(5).eta());
        assertEquals(original.paramsAt(12).flow(), written.paramsAt(12).flow());
        assertEquals(0.2, written.params().eta());
        assertEquals(25, written.steps());
        assertTrue(r.err().contains("note: --set eta applies from step 0 until the configuration's recorded change at step 5"),
                r.err());
    }

    @Test
    void presetsSaveWithSetKeepsTheRecordedChanges() throws IOException {
        String before = System.getProperty("flowexplorer.home");
        System.setProperty("flowexplorer.home", tmp.resolve("home").toString());
        try {
            Path steered = Files.writeString(tmp.resolve("steered.json"), STEERED);
            CliRunner.Result r = CliRunner.run("presets", "--save", "mine", "--config", steered.toString(), "--set", "seed=3");
            assertEquals(0, r.code(), r.err());
            RunConfig saved = new ConfigJson().read(tmp.resolve("home/presets/mine.json"));
            assertEquals(3, saved.changes().size());
            assertEquals(3, saved.seed());
        } finally {
            if (before == null) {
                System.clearProperty("flowexplorer.home");
            } else {
                System.setProperty("flowexplorer.home", before);
            }
        }
    }

    @Test
    void anOverflowingStepPausesTheRunWithNothingNonFiniteWritten() throws IOException {
        Path out = tmp.resolve("o");
        CliRunner.Result r = CliRunner.run("run", "--set", "eta=1e300", "--set", "steps=5", "--set", "particles=50",
                "--set", "targets=50", "--out", out.toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("paused: step 1 rejected"), r.err());
        assertTrue(r.err().contains("warning: η(1+κ²)"), r.err());
        for (String f : List.of("final.csv", "metrics.csv", "targets.csv", "config.json")) {
            String text = Files.readString(out.resolve(f));
            assertFalse(text.contains("Infinity") || text.contains("NaN"), f + ": " + text);
        }
        assertEquals(50, PointCsvReader.read(out.resolve("final.csv")).size(), "the tool reads its own output back");
    }

    @Test
    void metricsWriteNullNotNaN() throws IOException {
        Path p = Files.writeString(tmp.resolve("p.csv"), "x,y\n0,0\n1,0.5\n3,3\n");
        CliRunner.Result r = CliRunner.run("metrics", "--particles", p.toString(), "--targets", p.toString(),
                "--flow", "svgd", "--sigma", "1e-200");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("NaN") || r.out().contains("Infinity"), r.out());
        assertTrue(r.out().contains("\"relative_curl\":null"), r.out());
    }

    @Test
    void aMillionRowCsvIsRefusedWithTheLimitStated() throws IOException {
        Path big = tmp.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(big)) {
            for (int i = 0; i < 1_000_000; i++) {
                w.write(i % 97 + "," + i % 89 + "\n");
            }
        }
        CliRunner.Result r = CliRunner.run("metrics", "--particles", big.toString(), "--targets", big.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("big.csv:50001: more than 50000 rows"), r.err());
    }

    @Test
    @Timeout(120) // a hang guard, not a speed check: writing was quadratic (65 s for 80,000 changes)
    void eightyThousandChangesWriteAndReadBack() {
        StringBuilder sb = new StringBuilder("{\"steps\": 100, \"changes\": [");
        for (int i = 1; i <= 80_000; i++) {
            sb.append(i == 1 ? "" : ",").append("{\"step\": ").append(i).append(", \"eta\": ").append(i % 2 == 0 ? 0.3 : 0.4)
                    .append('}');
        }
        ConfigJson json = new ConfigJson();
        RunConfig c = json.parse(sb.append("]}").toString(), "many.json");
        assertEquals(c, json.parse(json.write(c), "again.json"));
        assertEquals(0.4, c.paramsAt(79_999).eta());
    }

    @Test
    void aReusedFolderHoldsOnlyTheNewRunsOutputs() throws IOException {
        Path out = tmp.resolve("o");
        String[] small = {"run", "--set", "steps=6", "--set", "particles=30", "--set", "targets=30", "--out", out.toString()};
        assertEquals(0, CliRunner.run(concat(small, "--frames", "3", "--format", "gif", "--size", "32x32")).code());
        assertTrue(Files.exists(out.resolve("animation.gif")));
        assertEquals(0, CliRunner.run(concat(small, "--frames", "3", "--size", "32x32")).code());
        assertFalse(Files.exists(out.resolve("animation.gif")), "the other run's animation is gone");
        assertTrue(Files.isDirectory(out.resolve("frames")));
        assertEquals(0, CliRunner.run(small).code());
        assertFalse(Files.exists(out.resolve("frames")), "the other run's frames are gone");
    }

    @Test
    void aFailedWriteToStandardOutputIsAnError() throws Exception {
        StringWriter err = new StringWriter();
        PrintWriter broken = new PrintWriter(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, true);
        assertEquals(2, FlowExplorerCli.execute(new String[] {"presets"}, broken, new PrintWriter(err, true)));
        assertTrue(err.toString().contains("standard output: write failed"), err.toString());
        // and the real thing: a child JVM writing to /dev/full
        Path devFull = Path.of("/dev/full");
        if (Files.exists(devFull)) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), "org.flowexplorer.Launcher", "presets")
                    .redirectOutput(devFull.toFile()).start();
            String e = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(2, p.exitValue(), e);
        }
    }

    @Test
    void aHugeDatasetNameIsEchoedBoundedAndEscaped() {
        String huge = "\u001b[31m" + "d".repeat(1_000_000);
        CliRunner.Result r = CliRunner.run("run", "--set", "dataset=" + huge, "--out", tmp.resolve("o").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().length() < 700, "error of " + r.err().length() + " characters");
        assertFalse(r.err().contains("\u001b"));
    }

    @Test
    void fileContentsAreNeverEchoedBeyondAShortExcerpt() throws IOException {
        Path secret = Files.writeString(tmp.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        CliRunner.Result r = CliRunner.run("run", "--config", secret.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(2, r.code());
        assertFalse(r.err().contains("root:x:0:0:root"), r.err());
    }

    @Test
    void theCliWarnsWhenTheStepIsUnstable() {
        CliRunner.Result r = CliRunner.run("run", "--set", "flow=langevin", "--set", "eta=0.5", "--set", "curl=2",
                "--set", "steps=3", "--set", "particles=30", "--set", "targets=30", "--out", tmp.resolve("o").toString());
        assertTrue(r.err().contains("warning: η(1+κ²) = 2.50 ≥ 2"), r.err());
    }

    @Test
    void aCsvDatasetIsPinnedAndAnEditIsDetected() throws IOException {
        Path data = Files.writeString(tmp.resolve("points.csv"), "x,y\n0,0\n1,1\n2,0\n");
        Path out = tmp.resolve("o");
        CliRunner.Result r = CliRunner.run("run", "--set", "dataset=csv:" + data, "--set", "steps=3", "--set", "particles=10",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        RunConfig saved = new ConfigJson().read(out.resolve("config.json"));
        assertTrue(saved.dataset().startsWith("csv:/"), saved.dataset());
        assertEquals(64, saved.datasetSha256().length());
        assertEquals(0, CliRunner.run("run", "--config", out.resolve("config.json").toString(), "--out",
                tmp.resolve("again").toString()).code());
        Files.writeString(data, "x,y\n0,0\n1,1\n2,5\n");
        CliRunner.Result edited = CliRunner.run("run", "--config", out.resolve("config.json").toString(), "--out",
                tmp.resolve("third").toString());
        assertEquals(2, edited.code());
        assertTrue(edited.err().contains("has changed since the configuration was saved"), edited.err());
        // a hand-written configuration's relative path is relative to its own folder
        Path sub = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(sub.resolve("mine.csv"), "x,y\n0,0\n1,1\n");
        Files.writeString(sub.resolve("mine.json"), "{\"dataset\": \"csv:mine.csv\", \"steps\": 2, \"particles\": 5}");
        assertEquals(sub.resolve("mine.csv").toString(), new ConfigJson().read(sub.resolve("mine.json")).dataset()
                .substring("csv:".length()));
    }

    @Test
    void anOutOfMemoryErrorBecomesOneLine() {
        CliRunner.Result r = CliRunner.runWith(c -> c.sinkWrapper = s -> new FrameSink() {
            @Override
            public void accept(FrameBuffer frame) {
                throw new OutOfMemoryError("Java heap space (test)");
            }

            @Override
            public void finish() {
            }

            @Override
            public void close() {
                s.close();
            }
        }, "run", "--set", "steps=4", "--set", "particles=20", "--set", "targets=20", "--frames", "2", "--size", "32x32",
                "--out", tmp.resolve("o").toString());
        assertEquals(2, r.code());
        FaultInjectionTest.assertOneLine(r, "out of memory");
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    @Test
    void framesThatCannotFitAreRefusedUpFrontUnderASmallHeap() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m", "-cp",
                System.getProperty("java.class.path"), "org.flowexplorer.Launcher", "run", "--frames", "3", "--size",
                "8192x8192", "--set", "steps=4", "--out", tmp.resolve("o").toString()).start();
        String e = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), e);
        assertTrue(e.strip().startsWith("error: --size 8192x8192: frames of 8192x8192 pixels") && e.contains("MB"), e);
        assertFalse(e.contains("OutOfMemoryError") || e.contains("\tat "), e);
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
