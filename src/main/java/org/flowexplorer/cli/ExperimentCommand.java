package org.flowexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.experiment.Experiment;
import org.flowexplorer.core.experiment.ExperimentDefinition;
import org.flowexplorer.core.experiment.Param;
import org.flowexplorer.core.experiment.report.Report;
import org.flowexplorer.core.experiment.report.ReportWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The one way every {@code reproduce} subcommand runs: check the settings and the output
 * directory, run the experiment with a progress bar on stderr, write its report files all at
 * once, print its summary. Bad settings are one line naming the option (exit code 2).
 */
final class ExperimentCommand implements Callable<Integer> {
    private final ExperimentDefinition definition;
    private CommandSpec spec;

    private ExperimentCommand(ExperimentDefinition definition) {
        this.definition = definition;
    }

    /** The subcommand of {@code d}: --out, --threads and one option per declared setting. */
    static CommandSpec spec(ExperimentDefinition d) {
        ExperimentCommand cmd = new ExperimentCommand(d);
        CommandSpec s = CommandSpec.wrapWithoutInspection(cmd);
        s.name(d.name()).mixinStandardHelpOptions(true);
        s.usageMessage().description(d.description(), "Writes " + String.join(", ", d.files()) + ".");
        s.addOption(OptionSpec.builder("--out").required(true).paramLabel("DIR").type(Path.class)
                .description("Output directory (created if missing).").build());
        s.addOption(OptionSpec.builder("--threads").paramLabel("T").type(Integer.class)
                .description("Threads (default: all cores). Results are identical for any T.").build());
        for (Param p : d.params()) {
            OptionSpec.Builder b = OptionSpec.builder("--" + p.name()).paramLabel(p.label());
            if (p.kind() == Param.Kind.TEXT_LIST) {
                b.type(List.class).auxiliaryTypes(String.class).description(p.description());
            } else {
                b.type(String.class).description(p.description() + " Default: " + p.defaultValue() + ".");
            }
            s.addOption(b.build());
        }
        cmd.spec = s;
        return s;
    }

    @Override
    public Integer call() throws IOException {
        ParseResult parsed = spec.commandLine().getParseResult();
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (Param p : definition.params()) {
            OptionSpec o = parsed.matchedOption("--" + p.name());
            if (o != null) {
                given.put(p.name(), o.stringValues());
            }
        }
        Path out = parsed.matchedOptionValue("--out", null);
        Integer t = parsed.matchedOptionValue("--threads", null);
        int threads = t == null ? Runtime.getRuntime().availableProcessors() : t;
        if (threads < 1 || threads > 256) {
            throw InputException.forKey("--threads", "must be between 1 and 256, got " + threads);
        }
        Experiment<?> experiment;
        try {
            experiment = definition.create(given, threads);
        } catch (IllegalArgumentException e) {
            throw option(e);
        }
        OutputDirectory.check(out, definition.files().toArray(String[]::new));
        PrintWriter err = spec.commandLine().getErr();
        Report report;
        try (ProgressDisplay progress = new ProgressDisplay(err, true)) {
            report = experiment.runAndReport(progress);
        }
        OutputDirectory.create(out);
        try {
            ReportWriter.write(report, out);
        } catch (IOException e) {
            throw OutputDirectory.writeFailed(out, e);
        }
        PrintWriter o = spec.commandLine().getOut();
        report.summary().forEach(o::println);
        o.println("wrote " + String.join(", ", report.fileNames()) + " -> " + out);
        return 0;
    }

    /** "key: problem" from a core setting → a one-line error naming the option --key. */
    static InputException option(IllegalArgumentException e) {
        String m = e.getMessage() == null ? "bad value" : e.getMessage();
        int colon = m.indexOf(": ");
        if (colon > 0 && !m.substring(0, colon).contains(" ")) {
            return InputException.forKey("--" + m.substring(0, colon), m.substring(colon + 2));
        }
        return InputException.forKey("options", m);
    }
}
