package org.flowexplorer.cli;

import java.util.concurrent.Callable;
import org.flowexplorer.core.io.Preset;
import org.flowexplorer.core.io.PresetLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code presets}: lists the presets with one line of description each. */
@Command(name = "presets", mixinStandardHelpOptions = true, description = "List the built-in presets.")
final class PresetsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var all = new PresetLibrary().all();
        int width = all.stream().mapToInt(p -> p.name().length()).max().orElse(10);
        for (Preset p : all) {
            out.printf("%-" + width + "s  %s%n", p.name(), p.description());
        }
        return 0;
    }
}
