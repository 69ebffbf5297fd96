package org.flowexplorer.app.export;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.flowexplorer.core.io.AtomicFiles;
import org.flowexplorer.core.export.FrameFormat;
import org.flowexplorer.core.io.UserHome;

/**
 * What the export dialog remembers between openings and between sessions: the last settings the
 * user exported with (format, frames or every-k, size, fps, HUD, folder), kept in memory and in a
 * small properties file ({@code HOME/settings/export.properties}, see {@link UserHome}). The run
 * length is not remembered: it follows the run being exported. A missing or broken file gives the
 * built-in defaults; a file that cannot be written leaves the in-memory choice (the next opening
 * still shows it). Free of JavaFX.
 */
public final class ExportMemory {
    /** The file under the user's folder. */
    public static Path defaultFile() {
        return UserHome.settings().resolve("export.properties");
    }

    private final Path file;
    private ExportSettings last;

    /** @param file where the choices are kept between sessions */
    public ExportMemory(Path file) {
        this.file = file;
        this.last = load(file);
    }

    /**
     * The dialog's starting values for a run of {@code steps} steps: the last choices (or the
     * defaults: PNG, 61 frames, 800 × 800, 10 fps, HUD on, {@code fallbackDir}) with that run length.
     */
    public ExportSettings initial(int steps, Path fallbackDir) {
        if (last == null) {
            return new ExportSettings(FrameFormat.PNG, steps, false, Math.min(steps + 1, 61), 800, 800, 10, true,
                    fallbackDir);
        }
        return new ExportSettings(last.format(), steps, last.everyMode(), last.count(), last.width(), last.height(),
                last.fps(), last.hud(), last.outDir() != null ? last.outDir() : fallbackDir);
    }

    /**
     * Remembers {@code s} (after the user pressed Export) for this session and, in the file, for the
     * next; throws when the file cannot be written.
     */
    public void remember(ExportSettings s) throws IOException {
        last = s;
        Properties p = new Properties();
        p.setProperty("format", s.format().id());
        p.setProperty("every", Boolean.toString(s.everyMode()));
        p.setProperty("count", Integer.toString(s.count()));
        p.setProperty("width", Integer.toString(s.width()));
        p.setProperty("height", Integer.toString(s.height()));
        p.setProperty("fps", Integer.toString(s.fps()));
        p.setProperty("hud", Boolean.toString(s.hud()));
        if (s.outDir() != null) {
            p.setProperty("folder", s.outDir().toString());
        }
        StringWriter w = new StringWriter();
        p.store(w, "flow-explorer: the export dialog's last choices");
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, o -> o.write(w.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The last remembered settings, or null. */
    public ExportSettings last() {
        return last;
    }

    private static ExportSettings load(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            String folder = p.getProperty("folder");
            return new ExportSettings(FrameFormat.parse(p.getProperty("format", "png"), "format"), 0,
                    Boolean.parseBoolean(p.getProperty("every")), Integer.parseInt(p.getProperty("count", "61")),
                    Integer.parseInt(p.getProperty("width", "800")), Integer.parseInt(p.getProperty("height", "800")),
                    Integer.parseInt(p.getProperty("fps", "10")), Boolean.parseBoolean(p.getProperty("hud", "true")),
                    folder == null || folder.isBlank() ? null : Path.of(folder));
        } catch (IOException | RuntimeException e) {
            return null; // a broken file only loses the remembered choices
        }
    }
}
