package org.flowexplorer.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs mounted for one test (the disk-full and read-only faults), unmounted by
 * {@link #close()}. Mounting needs root (CI runs as root); elsewhere the test is skipped with the
 * reason, never silently passed.
 */
final class TmpfsMount implements AutoCloseable {
    private final Path dir;

    private TmpfsMount(Path dir) {
        this.dir = dir;
    }

    /** Mounts a tmpfs of {@code kilobytes} on the existing empty folder {@code dir}, optionally read-only. */
    static TmpfsMount mount(Path dir, int kilobytes, boolean readOnly) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("mount", "-t", "tmpfs", "-o",
                "size=" + kilobytes + "k" + (readOnly ? ",ro" : ""), "tmpfs", dir.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean done = p.waitFor(30, TimeUnit.SECONDS);
        Assumptions.assumeTrue(done && p.exitValue() == 0, "cannot mount a tmpfs here (needs root): " + out.strip());
        return new TmpfsMount(dir);
    }

    Path dir() {
        return dir;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("umount", dir.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor(30, TimeUnit.SECONDS);
    }
}
