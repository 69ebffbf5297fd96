package org.flowexplorer.core.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.flowexplorer.core.io.ConfigJson;
import org.flowexplorer.core.io.Preset;
import org.flowexplorer.core.io.RunFile;
import org.flowexplorer.core.render.Camera;
import org.flowexplorer.core.render.ColorMode;
import org.flowexplorer.core.render.FrameInput;
import org.flowexplorer.core.render.Rasterizer;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.render.paint.FrameBuffer;
import org.flowexplorer.core.sim.HeadlessRun;
import org.flowexplorer.core.sim.Snapshot;

/**
 * A small picture of a preset's final state for the Presets menu: the preset run headless to its
 * last step ({@link HeadlessRun}, exactly as {@code run --preset NAME}) and drawn by the
 * {@link Rasterizer} at {@value #SIZE} × {@value #SIZE} pixels, particles by nearest mode on the
 * preset's background, as a PNG that carries the preset's configuration. That text is the cache
 * key: a thumbnail whose configuration differs from the preset's (an edited preset) is stale.
 * Built-in presets ship theirs in the jar ({@code presets/thumbnails/NAME.png}); user presets get
 * theirs computed once in the background and kept under {@code HOME/cache/thumbnails}.
 */
public final class PresetThumbnail {
    /** Side of a thumbnail in pixels (shown at half size, sharp on high-density screens). */
    public static final int SIZE = 96;

    private PresetThumbnail() {
    }

    /** The configuration text a thumbnail of {@code p} carries. */
    public static String key(Preset p) {
        return new ConfigJson().write(new RunFile(p.config(), p.view()));
    }

    /** The cache file of {@code p} in {@code dir}: its name and a hash of its configuration. */
    public static Path cacheFile(Path dir, Preset p) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key(p).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return dir.resolve(p.name() + "-" + HexFormat.of().formatHex(h, 0, 8) + ".png");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this Java runtime", e);
        }
    }

    /** True when {@code png} is a thumbnail of {@code p} as it is now. */
    public static boolean matches(Path png, Preset p) {
        try {
            return Files.isRegularFile(png) && key(p).equals(new FrameConfigReader().read(png));
        } catch (RuntimeException e) {
            return false; // unreadable or foreign: make it again
        }
    }

    /**
     * Runs {@code p} to its last step and returns its thumbnail as PNG bytes. Takes as long as the
     * run; stops after the current step with a {@link java.util.concurrent.CancellationException}
     * once the calling thread is interrupted (the window closed while a thumbnail was being made).
     */
    public static byte[] render(Preset p, int threads) throws IOException {
        Snapshot last = new HeadlessRun(threads, Integer.MAX_VALUE).run(p.config(), s -> {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("thumbnail of " + p.name() + " stopped");
            }
        }).last();
        RenderOptions look = (p.view() != null ? p.view() : RenderOptions.defaults())
                .withColorMode(ColorMode.NEAREST_MODE).withPointRadius(1).withTrails(false).withArrows(false).withHud(false);
        FrameBuffer fb = new FrameBuffer(SIZE, SIZE);
        new Rasterizer().render(FrameInput.of(last), Camera.firstLook(last, SIZE, SIZE, 0), look, fb);
        return PngFrameWriter.encode(fb.pixels(), SIZE, SIZE, key(p));
    }
}
