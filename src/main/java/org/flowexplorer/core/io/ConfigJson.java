package org.flowexplorer.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.flowexplorer.core.data.Excerpt;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.data.Utf8Text;
import org.flowexplorer.core.sim.RunConfig;

/**
 * Reads and writes a {@link RunConfig} as one flat JSON object (keys in {@link ConfigKey}), with
 * errors that name the file, line, column and key. Missing keys take the defaults of
 * algorithms.md §3; unknown or duplicate keys are errors, so a typo never silently changes a run.
 * Every problem with the input is an {@link InputException} (the one error type callers catch);
 * messages quote the input only as a short escaped excerpt. The text is parsed by
 * {@link ConfigReader}, written by {@link ConfigWriter}; {@code --set} overrides are
 * {@link ConfigOverride}'s.
 */
public final class ConfigJson {
    /** The format this version writes and reads. */
    public static final String FORMAT = "flow-explorer/1";
    /** Largest configuration file read (80,000 recorded changes take about 3 MB). */
    public static final long MAX_BYTES = 32L << 20;
    private final ConfigReader reader = new ConfigReader();
    private final ConfigWriter writer = new ConfigWriter();

    /**
     * Reads a configuration file. A relative {@code csv:} path in it is taken relative to the
     * file's own folder (where a hand-written configuration keeps its data), else to the working
     * directory (configurations written before paths were stored absolute).
     */
    public RunConfig read(Path file) {
        return readFile(file).config();
    }

    /** Reads a configuration file with its look (view keys, see {@link ViewKey}), if it has one. */
    public RunFile readFile(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InputException(name, 0, 0, "is a directory, expected a JSON configuration file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(name, 0, 0, "no such file");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(name, 0, 0, "is larger than " + (MAX_BYTES >> 20)
                        + " MB, the limit of a configuration file");
            }
            RunFile f = parseFile(Utf8Text.decode(Files.readAllBytes(file), name), name);
            return f.withConfig(DatasetFiles.resolveRelative(f.config(), file.toAbsolutePath().getParent()));
        } catch (IOException | SecurityException e) {
            throw new InputException(name, 0, 0, "cannot read: " + Excerpt.of(String.valueOf(e.getMessage()), 80));
        }
    }

    /** Parses configuration text; {@code source} names it in error messages. */
    public RunConfig parse(String json, String source) {
        return parseFile(json, source).config();
    }

    /** Parses configuration text with its look (view keys, see {@link ViewKey}), if it has one. */
    public RunFile parseFile(String json, String source) {
        return reader.parse(json, source);
    }

    /**
     * Applies one {@code key=value} override (the CLI's {@code --set}); see {@link ConfigOverride}.
     * The configuration's recorded changes are kept.
     */
    public RunConfig applySet(RunConfig config, String assignment) {
        return ConfigOverride.apply(config, assignment);
    }

    /**
     * Applies {@code key=value} overrides in order; the recorded changes are re-applied once at the
     * end, so each keeps setting its keys at its step whatever the overrides did.
     */
    public RunConfig applySets(RunConfig config, List<String> assignments) {
        return ConfigOverride.applyAll(config, assignments);
    }

    /**
     * The step of the first recorded change that sets the dynamics key {@code key} again, if any:
     * an override of that key ends there (the CLI says so).
     */
    public OptionalInt firstChangeSetting(RunConfig config, String key) {
        return ConfigOverride.firstChangeSetting(config, key);
    }

    /**
     * Applies one {@code key=value} override to a configuration file's run or, for a view key, to its
     * look (which then exists even if the file had none).
     */
    public RunFile applySet(RunFile file, String assignment) {
        return ConfigOverride.apply(file, assignment);
    }

    /** True when {@code assignment} ({@code key=value}) sets a view key. */
    public boolean setsView(String assignment) {
        return ConfigOverride.setsView(assignment);
    }

    /** The configuration as pretty-printed JSON with every key, in a stable order. */
    public String write(RunConfig config) {
        return writer.write(config, null);
    }

    /** A configuration file: the run's keys, then the view keys of its look (none when null). */
    public String write(RunFile file) {
        return writer.write(file.config(), file.view());
    }

    /**
     * The facts of one frame of {@code config} as one line of JSON (PNG frames carry it): its step,
     * the run's length, the σ of the step taken from it and every dynamics key in force at it
     * ({@link RunConfig#paramsAt}), so a frame names the flow of a steered run at that step.
     */
    public String writeFrame(RunConfig config, long step, double sigma) {
        return writer.writeFrame(config, step, sigma);
    }

    /** A preset file: {@code name} and {@code description} followed by the configuration. */
    public String writePreset(Preset preset) {
        return writer.writePreset(preset);
    }
}
