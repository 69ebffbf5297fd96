package org.flowexplorer.app.file;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.image.Image;
import org.flowexplorer.app.control.Notifier;
import org.flowexplorer.core.export.PresetThumbnail;
import org.flowexplorer.core.io.AtomicFiles;
import org.flowexplorer.core.io.Preset;

/**
 * The Presets menu's thumbnails ({@link PresetThumbnail}): a built-in preset's comes from the jar,
 * a user preset's from the cache folder, and a user preset without one (new or edited) is run to its
 * end once on a low-priority background thread and cached; the menu shows a placeholder until then
 * and is never blocked. A run that fails (e.g. its CSV file is gone) leaves the placeholder and is
 * reported once through the error callback; it is not tried again in this session. Closing stops
 * a run in progress after its current step.
 */
public final class PresetThumbnails implements AutoCloseable {
    private final Path cacheDir;
    private final Consumer<String> onError;
    /** Cache files whose thumbnail could not be made this session (not retried, reported once). */
    private final java.util.Set<Path> failed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "preset-thumbnails");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    /**
     * @param cacheDir where computed thumbnails are kept ({@code HOME/cache/thumbnails})
     * @param onError  receives, on the FX thread, why a thumbnail could not be made
     */
    public PresetThumbnails(Path cacheDir, Consumer<String> onError) {
        this.cacheDir = cacheDir;
        this.onError = onError;
    }

    /**
     * The thumbnail of {@code p} if it is at hand (FX thread); otherwise null, and {@code ready}
     * receives it on the FX thread once it has been computed.
     */
    public Image get(Preset p, Consumer<Image> ready) {
        if (p.builtIn()) {
            try (InputStream in = PresetThumbnails.class.getResourceAsStream(
                    "/org/flowexplorer/presets/thumbnails/" + p.name() + ".png")) {
                if (in != null) {
                    return new Image(in);
                }
            } catch (java.io.IOException e) {
                // fall through: compute it like a user preset's
            }
        }
        Path cached = PresetThumbnail.cacheFile(cacheDir, p);
        if (Files.isRegularFile(cached)) {
            return new Image(cached.toUri().toString());
        }
        if (failed.contains(cached)) {
            return null;
        }
        background.execute(() -> {
            try {
                byte[] png = PresetThumbnail.render(p, 1);
                Files.createDirectories(cacheDir);
                AtomicFiles.write(cached, o -> o.write(png));
                Image img = new Image(new ByteArrayInputStream(png));
                Platform.runLater(() -> ready.accept(img));
            } catch (java.util.concurrent.CancellationException e) {
                // closed while running: nothing to show and nothing wrong; the next session makes it
            } catch (Exception | OutOfMemoryError e) {
                // a thumbnail's run holds only its own arrays: after an OutOfMemoryError they are garbage
                failed.add(cached);
                String why = e instanceof OutOfMemoryError ? "not enough memory to run it" : Notifier.describe(e);
                Platform.runLater(() -> onError.accept("No thumbnail for preset " + p.name() + ": " + why));
            }
        });
        return null;
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
