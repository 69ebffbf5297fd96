package org.flowexplorer.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.flowexplorer.core.data.Excerpt;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.io.Preset;
import org.flowexplorer.core.io.PresetLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code presets}: lists the built-in and the user's presets with one line of description each;
 * with {@code --save NAME} stores a configuration (from --preset/--config/--set) as a user preset.
 */
@Command(name = "presets", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the presets (built-in, then your own), or save a configuration as your own preset.",
            "User presets live in ~/.flow-explorer/presets (or $FLOW_EXPLORER_HOME/presets)."})
final class PresetsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--save", paramLabel = "NAME", description = "Save the configuration given by the options below as a user preset.")
    String save;

    @Option(names = "--description", paramLabel = "TEXT", description = "One line describing the saved preset.")
    String description;

    @Mixin
    ConfigSource source;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        PresetLibrary library = new PresetLibrary(PresetLibrary.defaultUserDirectory());
        if (save != null) {
            Preset p = new Preset(save, description == null ? "" : description, source.resolve(spec.commandLine().getErr()),
                    false);
            try {
                out.println("saved " + library.save(p));
            } catch (IOException | SecurityException e) {
                throw new InputException(PresetLibrary.defaultUserDirectory().toString(), 0, 0,
                        "cannot save the preset: " + e.getMessage());
            }
            return 0;
        }
        if (description != null) {
            throw InputException.forKey("--description", "only applies together with --save NAME");
        }
        var all = library.all();
        int width = all.stream().mapToInt(p -> p.name().length()).max().orElse(10);
        for (Preset p : all) {
            // names are checked on load; descriptions are escaped so a user file cannot drive the terminal
            out.printf("%-" + width + "s  %s%s%n", p.name(), p.builtIn() ? "" : "(yours) ",
                    Excerpt.of(p.description(), PresetLibrary.MAX_DESCRIPTION));
        }
        for (String problem : library.problems()) {
            spec.commandLine().getErr().println("skipped " + problem);
        }
        return 0;
    }
}
