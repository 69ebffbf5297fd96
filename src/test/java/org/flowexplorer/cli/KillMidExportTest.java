package org.flowexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PNG export in a child JVM is killed half-way — with SIGKILL (nothing can clean up) and with
 * SIGTERM (the shutdown hook stops the staged output, removes its partial files and says so) — and
 * a new run into the same folder follows:
 * afterwards no partial or hidden file survives, the folder holds exactly the new run's results,
 * and the new run says how many leftovers it removed.
 */
class KillMidExportTest {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path tmp;

    @Test
    void killDashNineMidExportThenANewRunLeavesNoDebris() throws Exception {
        Path out = tmp.resolve("out");
        Process child = startExport(out);
        awaitPartialFrames(child, out);
        List<ProcessHandle> jvms = child.descendants().toList(); // the JVM re-executed with the vector module
        child.destroyForcibly(); // SIGKILL
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        awaitExit(jvms, "a re-executed child halts when its parent is killed");
        assertTrue(parts(out) > 0, "the kill left partial files, as a kill -9 does");
        CliRunner.Result next = rerun(out);
        assertTrue(next.err().contains("removed") && next.err().contains("partial files of an interrupted run"),
                next.err());
    }

    @Test
    void sigtermMidExportCleansUpAndSaysSo() throws Exception {
        Path out = tmp.resolve("out");
        Process child = startExport(out);
        awaitPartialFrames(child, out);
        List<ProcessHandle> jvms = child.descendants().toList();
        child.destroy(); // SIGTERM: the shutdown hook runs (a re-executed child's too; the parent waits for it)
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        awaitExit(jvms, "a re-executed child stops with its parent");
        String err = Files.readString(tmp.resolve("child.err"), StandardCharsets.UTF_8);
        assertTrue(err.matches("(?s).*interrupted: removed [1-9]\\d* partial files? from .*"), err);
        assertEquals(0, parts(out), "the shutdown hook left no partial file");
        rerun(out);
    }

    /** A new, small run into the same folder: exactly its own files, nothing partial or hidden. */
    private CliRunner.Result rerun(Path out) throws IOException {
        CliRunner.Result r = CliRunner.run("run", "--preset", "25gaussians-sd", "--set", "steps=8", "--set", "particles=50",
                "--set", "targets=50", "--frames", "3", "--size", "64x64", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        FaultInjectionTest.assertNoDebris(out);
        try (Stream<Path> s = Files.list(out.resolve("frames"))) {
            assertEquals(3, s.count(), "exactly the new run's frames");
        }
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("config.json", "final.csv", "frames", "metrics.csv", "targets.csv"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        return r;
    }

    private Process startExport(Path out) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.flowexplorer.Launcher", "run", "--preset", "25gaussians-sd", "--set", "particles=300",
                "--set", "targets=300", "--set", "steps=3000", "--frames", "3001", "--size", "200x200", "--threads", "1",
                "--out", out.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(tmp.resolve("child.err").toFile()).start();
        p.getOutputStream().close();
        return p;
    }

    /** Waits (bounded) until the export has staged a few frames as hidden partial files. */
    private static void awaitPartialFrames(Process child, Path out) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (parts(out) < 5) {
            assertTrue(child.isAlive(), "the export ended before it could be killed");
            assertTrue(System.nanoTime() < deadline, "no partial frames appeared");
            child.waitFor(20, TimeUnit.MILLISECONDS); // returns at once if the child exits
        }
    }

    /** Waits (bounded) until every process of {@code jvms} has ended. */
    private static void awaitExit(List<ProcessHandle> jvms, String why) throws Exception {
        for (ProcessHandle h : jvms) {
            try {
                h.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError(why + ": process " + h.pid() + " still runs", e);
            }
        }
    }

    private static long parts(Path out) throws IOException {
        Path frames = out.resolve("frames");
        if (!Files.isDirectory(frames)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(frames)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".part")).count();
        }
    }
}
