package org.flowexplorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
        assertEquals(List.of("/j/bin/java", "-Xmx1g", "-XX:PerMethodTrapLimit=10000", "--add-modules",
                "jdk.incubator.vector", "-D" + VectorRelauncher.GUARD + "=4321", "-cp", "a.jar", "M", "run", "--x"), c);
    }

    @Test
    void optionsTheUserGaveAreNeitherRepeatedNorOverridden() {
        List<String> c = VectorRelauncher.command("/j/bin/java",
                List.of("--add-modules=jdk.incubator.vector", "-XX:PerMethodTrapLimit=50"), "a.jar", 7, "M", new String[0]);
        assertEquals(List.of("/j/bin/java", "--add-modules=jdk.incubator.vector", "-XX:PerMethodTrapLimit=50",
                "-D" + VectorRelauncher.GUARD + "=7", "-cp", "a.jar", "M"), c);
    }

    private static Supplier<Optional<VMOption>> limit(String value, VMOption.Origin origin) {
        return () -> Optional.of(new VMOption(VectorRelauncher.TRAP_LIMIT, value, false, origin));
    }

    @Test
    void aJvmIsReExecutedForTheModuleOrForC2sDefaultTrapLimitOnly() {
        assertTrue(VectorRelauncher.needed(false, limit("10000", VMOption.Origin.VM_CREATION)));
        assertTrue(VectorRelauncher.needed(false, () -> {
            throw new AssertionError("the limit is not looked up in a JVM without the module");
        }));
        assertTrue(VectorRelauncher.needed(true, limit("100", VMOption.Origin.DEFAULT)));
        assertFalse(VectorRelauncher.needed(true, limit("100", VMOption.Origin.VM_CREATION)));
        assertFalse(VectorRelauncher.needed(true, limit("10000", VMOption.Origin.VM_CREATION)));
        assertFalse(VectorRelauncher.needed(true, limit("20000", VMOption.Origin.DEFAULT)));
        assertFalse(VectorRelauncher.needed(true, Optional::empty));
    }

    @Test
    void thisTestJvmWasStartedWithTheLimitTheKernelsNeed() {
        // the build's test forks set it as the launcher does, so the tests measure what users run
        VMOption o = java.lang.management.ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption(VectorRelauncher.TRAP_LIMIT);
        assertEquals(Long.toString(VectorRelauncher.TRAP_LIMIT_VALUE), o.getValue());
        assertFalse(VectorRelauncher.needed(true, () -> Optional.of(o)));
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
