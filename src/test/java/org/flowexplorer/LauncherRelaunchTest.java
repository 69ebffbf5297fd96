package org.flowexplorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher's re-execution with the Vector API module: the child's command line, the filtered
 * stderr, and end to end a JVM started without the module that answers from the vector kernels
 * with a one-line error and the right exit codes.
 */
class LauncherRelaunchTest {
    private static String copy(String in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VectorRelauncher.copyWithoutWarning(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onlyTheJvmsIncubatorWarningIsDropped() {
        assertEquals("error: bad\n", copy(VectorRelauncher.WARNING + "\nerror: bad\n"));
        assertEquals("error: bad\n", copy("error: bad\n"));
        assertEquals("WARNING: Using incubator\n", copy("WARNING: Using incubator\n"));
        assertEquals("", copy(VectorRelauncher.WARNING + "\n"));
        assertEquals("x\r50%\r100%\n", copy("x\r50%\r100%\n"));
        assertEquals("", copy(""));
    }

    @Test
    void theChildGetsTheModuleTheGuardAndEverythingElse() {
        List<String> c = VectorRelauncher.command("/j/bin/java", List.of("-Xmx1g"), "a.jar", 4321, "M",
                new String[] {"run", "--x"});
        assertEquals(List.of("/j/bin/java", "-Xmx1g", "--add-modules", "jdk.incubator.vector",
                "-D" + VectorRelauncher.GUARD + "=4321", "-cp", "a.jar", "M", "run", "--x"), c);
    }

    private static Process start(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove(VectorRelauncher.DISABLE);
        pb.environment().remove("JDK_JAVA_OPTIONS");
        return pb.start();
    }

    @Test
    void aJvmWithoutTheModuleRunsOnTheVectorKernelsAndKeepsErrorsToOneLine() throws Exception {
        Process ok = start("bench", "--n", "64", "--m", "64", "--steps", "1", "--seconds", "0", "--warmup", "0",
                "--warmup-seconds", "0",
                "--threads", "1");
        String out = new String(ok.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(ok.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ok.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, ok.exitValue(), err);
        assertTrue(out.contains("\"kernel\":\"vector-float/"), out);
        assertTrue(err.isEmpty(), err);

        Process bad = start("bench", "--flow", "nope");
        bad.getInputStream().readAllBytes();
        String badErr = new String(bad.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bad.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, bad.exitValue());
        assertEquals(1, badErr.strip().lines().count(), badErr);
        assertTrue(badErr.startsWith("error: --flow"), badErr);
    }
}
