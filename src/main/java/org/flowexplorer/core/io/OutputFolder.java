package org.flowexplorer.core.io;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.flowexplorer.core.data.InputException;

/**
 * An output folder held by one run from start to end. Opening it creates the folder if needed,
 * takes a lock (a second run into the same folder is refused instead of mixing files), and removes
 * the hidden {@code .*.part} files that a run killed earlier (kill -9, power loss) left behind:
 * with the lock held, no live run owns them. Until {@link #close()}, a shutdown hook removes this
 * run's own partial files on SIGTERM or Ctrl+C and stops its {@link #stage() staged outputs} from
 * making new ones. After the caller committed its files,
 * {@link #removeOutputsNotIn} deletes the outputs of an earlier, different run (its frames, its
 * animation), so the folder never mixes two runs.
 */
public final class OutputFolder implements AutoCloseable {
    /** The lock file's name; it exists only while a run holds the folder. */
    public static final String LOCK = ".flow-explorer.lock";
    /** Outputs that only some runs produce: removed when the run being committed does not. */
    public static final List<String> OPTIONAL_OUTPUTS = List.of("frames", "animation.gif", "animation.mp4", "replay.html");
    /** Staged temporary files of {@link AtomicFiles}: ".NAME.RANDOM.part". */
    private static final Pattern PART = Pattern.compile("\\..+\\.[0-9a-z]{1,13}\\.part");
    private static final Pattern FRAME = Pattern.compile("frame_\\d{6,}\\.png");

    private final Path dir;
    private final boolean created;
    private final FileChannel channel;
    private final FileLock lock;
    private final int removedDebris;
    private final Thread hook;
    private final List<StagedOutput> staged = new java.util.concurrent.CopyOnWriteArrayList<>();
    private boolean committed;

    private OutputFolder(Path dir, boolean created, FileChannel channel, FileLock lock, int removedDebris,
                         PrintWriter err) {
        this.dir = dir;
        this.created = created;
        this.channel = channel;
        this.lock = lock;
        this.removedDebris = removedDebris;
        this.hook = new Thread(() -> {
            int n = staged.stream().mapToInt(StagedOutput::stop).sum(); // no new partial file after this
            n += removeDebris(dir);
            release();
            if (err != null) {
                err.println("interrupted: removed " + n + " partial file" + (n == 1 ? "" : "s") + " from " + dir);
                err.flush();
            }
        }, "output-folder-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Opens {@code dir} for one run (creating it and its parents if missing).
     *
     * @param key the option that named the folder, for error messages (e.g. "--out out/sd")
     * @param err where the shutdown hook reports (may be null)
     */
    public static OutputFolder open(Path dir, String key, PrintWriter err) {
        boolean created = !Files.isDirectory(dir);
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw InputException.forKey(key, "another flow-explorer run is writing into this folder; wait for it "
                        + "or choose another --out");
            }
            return new OutputFolder(dir, created, channel, lock, removeDebris(dir), err);
        } catch (IOException | SecurityException e) {
            closeQuietly(channel);
            throw InputException.forKey(key, "cannot use the output folder (" + e.getMessage() + ")");
        }
    }

    public Path dir() {
        return dir;
    }

    /**
     * A staged output for this run's files: on SIGTERM or Ctrl+C the shutdown hook stops it, so
     * its partial files are deleted and no new one is made while the program ends.
     */
    public StagedOutput stage() {
        StagedOutput s = new StagedOutput();
        staged.add(s);
        return s;
    }

    /** How many partial files of earlier, killed runs were removed when the folder was opened. */
    public int removedDebris() {
        return removedDebris;
    }

    /**
     * After the caller committed its outputs: removes every {@link #OPTIONAL_OUTPUTS optional output}
     * not among {@code produced} (an earlier run's frames or animation), and marks the run done.
     */
    public void removeOutputsNotIn(Collection<String> produced) throws IOException {
        committed = true;
        for (String name : OPTIONAL_OUTPUTS) {
            if (produced.contains(name)) {
                continue;
            }
            Path p = dir.resolve(name);
            if (Files.isDirectory(p)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(p)) {
                    for (Path f : files) {
                        if (FRAME.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f)) {
                            Files.delete(f);
                        }
                    }
                }
                deleteIfEmpty(p);
            } else if (Files.isRegularFile(p)) {
                Files.delete(p);
            }
        }
    }

    /** Releases the folder; a folder this run created and left empty (a failed run) is removed. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
        release();
        if (created && !committed) {
            deleteIfEmpty(dir);
        }
    }

    private synchronized void release() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // closing the channel below releases it too
        }
        closeQuietly(channel);
        try {
            Files.deleteIfExists(dir.resolve(LOCK));
        } catch (IOException ignored) {
            // a lock file left behind is harmless: the next run takes it and removes it
        }
    }

    /** Deletes the partial files in {@code dir} and its {@code frames/}; returns how many. */
    static int removeDebris(Path dir) {
        int n = 0;
        for (Path d : new Path[] {dir, dir.resolve("frames")}) {
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(d)) {
                for (Path f : files) {
                    if (PART.matcher(f.getFileName().toString()).matches() && Files.deleteIfExists(f)) {
                        n++;
                    }
                }
            } catch (IOException | RuntimeException ignored) {
                // best effort: what cannot be listed or deleted now is removed by the next run
            }
        }
        return n;
    }

    private static void deleteIfEmpty(Path d) {
        try {
            Files.deleteIfExists(d);
        } catch (IOException ignored) {
            // not empty: it holds files that are not ours
        }
    }

    private static void closeQuietly(FileChannel c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }
}
