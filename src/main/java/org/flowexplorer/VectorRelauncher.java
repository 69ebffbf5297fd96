package org.flowexplorer;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Starts the program again in a child JVM with {@code --add-modules jdk.incubator.vector} when this
 * JVM runs without it: there is no jar-manifest attribute that adds a module, and without the
 * module the kernels fall back to scalar code (several times slower). {@code java -jar
 * flow-explorer.jar …} therefore runs as a small parent waiting for the real program.
 *
 * <p>The child also gets {@value #TRAP_LIMIT_FLAG} (and a JVM that has the module but C2's default
 * trap limit of 100 is re-executed for it, unless the limit was set on its command line). C2 adds up
 * the deoptimization traps recorded in every method it inlines into one compilation; the Vector
 * API's shared methods collect traps from every kernel, so once a few flows had run, a recompiled
 * kernel crossed the limit, lost its type-profiled inlining and with it the Vector API intrinsics,
 * and ran 3–6× slower (measured in the README, {@code ProfilePollutionBench}).
 *
 * <ul>
 *   <li>The child gets this JVM's options, the class path, the main class and the arguments, plus
 *       {@code -D}{@value #GUARD}{@code =<parent pid>}, so it never re-executes itself again.</li>
 *   <li>stdin and stdout are the parent's own (inherited, no copying); stderr is copied byte for
 *       byte, except that the JVM's first line {@value #WARNING} is dropped, so an error message on
 *       the command line stays one line.</li>
 *   <li>The parent exits with the child's exit code; if the parent is terminated (SIGTERM, Ctrl+C)
 *       it terminates the child and waits for it, so the child's own clean-up runs and its last
 *       words reach stderr before the parent is gone.</li>
 *   <li>If the parent is killed outright (SIGKILL) the child notices within {@value #WATCH_MS} ms
 *       that it has been orphaned and halts the same way (no clean-up, exit code 137), instead of
 *       running on unseen and holding its output folder ({@link #watchParent}).</li>
 *   <li>If the child cannot be started, or the environment variable {@value #DISABLE} is set, the
 *       program runs in this JVM on the scalar kernels.</li>
 * </ul>
 */
final class VectorRelauncher {
    /** System property set on the child. */
    static final String GUARD = "flowexplorer.relaunched";
    /** Environment variable that turns re-execution off. */
    static final String DISABLE = "FLOW_EXPLORER_NO_RELAUNCH";
    /** The JVM's notice when an incubator module is in use. */
    static final String WARNING = "WARNING: Using incubator modules: jdk.incubator.vector";
    private static final String MODULE = "jdk.incubator.vector";
    /** C2's limit on the traps a compilation may see before it stops speculating (HotSpot flag). */
    static final String TRAP_LIMIT = "PerMethodTrapLimit";
    /** The limit the kernels need (C2's default is 100). */
    static final long TRAP_LIMIT_VALUE = 10_000;
    /** {@link #TRAP_LIMIT_VALUE} as a JVM option. */
    static final String TRAP_LIMIT_FLAG = "-XX:" + TRAP_LIMIT + "=" + TRAP_LIMIT_VALUE;
    /** How often the child checks that its parent still lives. */
    static final long WATCH_MS = 100;
    /** How long a terminated parent waits for the child's clean-up. */
    private static final long STOP_WAIT_SECONDS = 30;

    private VectorRelauncher() {
    }

    /** Runs the program in a child JVM with the module if needed and possible; empty: run it here. */
    static OptionalInt relaunch(String mainClass, String[] args) {
        if (System.getProperty(GUARD) != null || System.getenv(DISABLE) != null
                || !needed(ModuleLayer.boot().findModule(MODULE).isPresent(), VectorRelauncher::trapLimit)) {
            return OptionalInt.empty();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!Files.isExecutable(java)) {
            return OptionalInt.empty();
        }
        List<String> command = command(java.toString(), ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty("java.class.path"), ProcessHandle.current().pid(), mainClass, args);
        Process child;
        try {
            child = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        Thread pump = new Thread(() -> copyWithoutWarning(child.getErrorStream(), System.err), "child-stderr");
        pump.setDaemon(true);
        Thread stopChild = new Thread(() -> {
            if (child.isAlive()) {
                child.toHandle().destroy(); // SIGTERM; Process.destroy() would also close its stderr pipe
                try {
                    child.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
                    pump.join(TimeUnit.SECONDS.toMillis(1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "stop-child-jvm");
        Runtime.getRuntime().addShutdownHook(stopChild);
        pump.start();
        try {
            int code = child.waitFor();
            pump.join();
            System.err.flush();
            return OptionalInt.of(code);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return OptionalInt.of(130);
        }
    }

    /**
     * Whether this JVM lacks what the kernels need: the module, or a trap limit that is C2's default
     * (a limit the user chose, or a JVM without the flag, is left alone). The limit is only looked up
     * when the module is there: the management bean costs about 50 ms of start-up, which a JVM
     * without the module (plain {@code java -jar}) need not pay before it re-executes anyway.
     */
    static boolean needed(boolean hasModule, Supplier<Optional<VMOption>> trapLimit) {
        return !hasModule || trapLimit.get().map(o -> o.getOrigin() == VMOption.Origin.DEFAULT
                && Long.parseLong(o.getValue()) < TRAP_LIMIT_VALUE).orElse(false);
    }

    /** This JVM's trap limit; empty on a JVM that has no such flag. */
    private static Optional<VMOption> trapLimit() {
        try {
            return Optional.of(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption(TRAP_LIMIT));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /**
     * In a child started by {@link #relaunch}: a daemon thread that halts this JVM (exit code 137,
     * as SIGKILL would) once the parent is gone — the child is then re-parented, so its parent pid
     * changes. Does nothing in a JVM that was not re-executed.
     */
    static void watchParent() {
        long parent;
        try {
            parent = Long.parseLong(System.getProperty(GUARD, ""));
        } catch (NumberFormatException e) {
            return;
        }
        Thread watch = new Thread(() -> {
            while (ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == parent) {
                try {
                    Thread.sleep(WATCH_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(137);
        }, "parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** The child's command line. */
    static List<String> command(String java, List<String> jvmOptions, String classPath, long parentPid,
                                String mainClass, String[] args) {
        List<String> c = new ArrayList<>();
        c.add(java);
        c.addAll(jvmOptions);
        if (jvmOptions.stream().noneMatch(o -> o.startsWith("-XX:" + TRAP_LIMIT + "="))) {
            c.add(TRAP_LIMIT_FLAG);
        }
        if (jvmOptions.stream().noneMatch(o -> o.contains(MODULE))) {
            c.add("--add-modules");
            c.add(MODULE);
        }
        c.add("-D" + GUARD + "=" + parentPid);
        c.add("-cp");
        c.add(classPath);
        c.add(mainClass);
        c.addAll(List.of(args));
        return c;
    }

    /**
     * Copies {@code in} to {@code out} as it arrives, dropping the first line if it is the JVM's
     * incubator warning (the only line the child JVM prints before the program runs).
     */
    static void copyWithoutWarning(InputStream in, OutputStream out) {
        byte[] warning = (WARNING + "\n").getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        boolean deciding = true;
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                int from = 0;
                if (deciding) {
                    while (from < n && deciding) {
                        head.write(buf[from++]);
                        byte[] h = head.toByteArray();
                        if (h.length == warning.length || h[h.length - 1] != warning[h.length - 1]) {
                            deciding = false;
                            if (!java.util.Arrays.equals(h, warning)) {
                                out.write(h);
                            }
                        }
                    }
                }
                out.write(buf, from, n - from);
                out.flush();
            }
            if (deciding) {
                out.write(head.toByteArray());
            }
            out.flush();
        } catch (IOException e) {
            // the child's stderr closed or ours failed: nothing left to copy
        }
    }
}
