package org.flowexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import java.util.OptionalInt;
import org.flowexplorer.core.data.Excerpt;
import org.flowexplorer.core.io.ConfigJson;
import org.flowexplorer.core.io.DatasetFiles;
import org.flowexplorer.core.io.Preset;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.io.RunFile;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.ParameterChange;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.StabilityRule;
import picocli.CommandLine.Option;

/** Options that choose a configuration: a preset or a file, then {@code --set} overrides. */
final class ConfigSource {
    private static final int MAX_LINES = 3;

    @Option(names = "--preset", paramLabel = "NAME", description = "Start from a preset, built-in or saved (see 'presets').")
    String preset;

    @Option(names = "--config", paramLabel = "FILE.json", description = "Start from a configuration file.")
    Path config;

    @Option(names = "--set", paramLabel = "key=value",
            description = "Override one configuration key, e.g. --set eta=0.3 --set schedule=linear (repeatable).")
    List<String> sets = List.of();

    @Option(names = "--steps", paramLabel = "N", description = "Number of steps (overrides the configuration).")
    Integer steps;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of every random draw (overrides the configuration).")
    Long seed;

    /**
     * The resolved configuration; InputException on any bad value. A configuration's recorded
     * changes survive every override, and a {@code csv:} dataset is pinned (absolute path, SHA-256).
     */
    RunConfig resolve() {
        return resolve(null);
    }

    /** As {@link #resolve()}, and says on {@code notes} (if not null) where a recorded change ends an override. */
    RunConfig resolve(PrintWriter notes) {
        return resolveFile(notes).config();
    }

    /** As {@link #resolve(PrintWriter)}, with the look (view keys of the file or preset, then --set ones). */
    RunFile resolveFile(PrintWriter notes) {
        ConfigJson json = new ConfigJson();
        if (preset != null && config != null) {
            throw org.flowexplorer.core.data.InputException.forKey("--preset/--config", "give one of them, not both");
        }
        RunConfig c;
        RunFile look;
        if (config != null) {
            look = json.readFile(config);
            c = look.config();
        } else {
            Preset p = new PresetLibrary(PresetLibrary.defaultUserDirectory()).require(preset != null ? preset : "25gaussians-sd");
            c = p.config();
            look = new RunFile(c, p.view());
        }
        List<String> runSets = new ArrayList<>();
        for (String s : sets) {
            if (json.setsView(s)) {
                look = json.applySet(look, s); // colour, theme, …: how frames are drawn
            } else {
                runSets.add(s);
            }
        }
        List<String> all = new java.util.ArrayList<>(runSets);
        if (steps != null) {
            all.add("steps=" + steps);
        }
        c = json.applySets(c, all);
        if (seed != null) {
            c = c.withSeed(seed);
        }
        for (String s : runSets) {
            int eq = s.indexOf('=');
            OptionalInt ends = eq > 0 ? json.firstChangeSetting(c, s.substring(0, eq).trim()) : OptionalInt.empty();
            if (notes != null && ends.isPresent()) {
                notes.println("note: --set " + Excerpt.of(s.substring(0, eq).trim()) + " applies from step 0 until the "
                        + "configuration's recorded change at step " + ends.getAsInt() + " sets it again");
            }
        }
        return new RunFile(DatasetFiles.pin(c), look.view());
    }

    /** One line per stretch of the run whose parameters break {@link StabilityRule} (at most three, then a count). */
    static void warnUnstable(RunConfig config, PrintWriter err) {
        List<String> lines = new ArrayList<>();
        add(lines, 0, config.params(), null);
        FlowParameters previous = config.params();
        for (ParameterChange c : config.changes()) {
            if (c.step() < config.steps()) {
                add(lines, c.step(), c.params(), previous);
            }
            previous = c.params();
        }
        for (int i = 0; i < Math.min(MAX_LINES, lines.size()); i++) {
            err.println(lines.get(i));
        }
        if (lines.size() > MAX_LINES) {
            err.println("warning: … and at " + (lines.size() - MAX_LINES) + " more recorded changes");
        }
    }

    private static void add(List<String> lines, int step, FlowParameters p, FlowParameters before) {
        StabilityRule.warning(p).ifPresent(w -> {
            if (before == null || StabilityRule.stable(before)) {
                lines.add("warning: " + (step == 0 ? "" : "from step " + step + ": ") + w);
            }
        });
    }
}
