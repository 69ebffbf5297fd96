package org.flowexplorer.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The soak of the reliability checklist, in a child JVM with {@code -Xmx256m} on the vector kernels: parameters change
 * every 100 steps at N = 500, and afterwards the heap after a full GC has grown by at most 8 MB and
 * no thread is left over. {@code mvn verify} runs 2,000 steps; the full 100,000:
 * {@code mvn -B test -Dtest=SoakTest -Dsoak.steps=100000 -Djacoco.skip=true} (README, Reliability).
 */
class SoakTest {
    private static final long MAX_GROWTH = 8L << 20;

    @Test
    void heapAndThreadsStayFlatWhileParametersChangeEveryHundredSteps() throws IOException, InterruptedException {
        int steps = Integer.getInteger("soak.steps", 2000);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // the vector kernels and JIT option the launcher gives every user's JVM (VectorRelauncher)
        Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "--add-modules", "jdk.incubator.vector",
                "-XX:PerMethodTrapLimit=10000", "-cp", System.getProperty("java.class.path"),
                SoakRun.class.getName(), Integer.toString(steps), "500").redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(Math.max(60, steps / 50L), TimeUnit.SECONDS), "soak did not end");
        assertEquals(0, p.exitValue(), out);
        String line = out.lines().filter(l -> l.startsWith("soak ")).findFirst().orElseThrow(() -> new AssertionError(out));
        System.out.println(line);
        Map<String, String> f = new HashMap<>();
        for (String kv : List.of(line.substring(5).split(" "))) {
            f.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
        long growth = Long.parseLong(f.get("heap_end")) - Long.parseLong(f.get("heap_start"));
        assertTrue(growth <= MAX_GROWTH, "heap after GC grew by " + (growth >> 10) + " KB: " + line);
        assertEquals(f.get("threads_start"), f.get("threads_end"), "thread leak: " + line);
        // two kernel pools of 2 threads at most at any time: a pool made per step would show here
        assertTrue(Integer.parseInt(f.get("threads_peak")) <= Integer.parseInt(f.get("threads_start")) + 6, line);
        assertEquals(steps / 100, Integer.parseInt(f.get("rows")), line);
        assertEquals("true", f.get("vector"), "the soak ran on the vector kernels: " + line);
    }
}
