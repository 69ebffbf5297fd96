package org.flowexplorer.cli;

import java.nio.file.Path;
import java.util.List;
import org.flowexplorer.core.io.ConfigJson;
import org.flowexplorer.core.io.Preset;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.io.RunFile;
import org.flowexplorer.core.sim.RunConfig;
import picocli.CommandLine.Option;

/** Options that choose a configuration: a preset or a file, then {@code --set} overrides. */
final class ConfigSource {
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

    /** The resolved configuration; InputException on any bad value. */
    RunConfig resolve() {
        return resolveFile().config();
    }

    /** The resolved configuration with its look (view keys, from the file, the preset or --set). */
    RunFile resolveFile() {
        ConfigJson json = new ConfigJson();
        if (preset != null && config != null) {
            throw org.flowexplorer.core.data.InputException.forKey("--preset/--config", "give one of them, not both");
        }
        RunFile f;
        if (config != null) {
            f = json.readFile(config);
        } else {
            Preset p = new PresetLibrary(PresetLibrary.defaultUserDirectory()).require(preset != null ? preset : "25gaussians-sd");
            f = new RunFile(p.config(), p.view());
        }
        for (String s : sets) {
            f = json.applySet(f, s);
        }
        if (steps != null) {
            f = f.withConfig(json.applySet(f.config(), "steps=" + steps));
        }
        if (seed != null) {
            f = f.withConfig(f.config().withSeed(seed));
        }
        return f;
    }
}
