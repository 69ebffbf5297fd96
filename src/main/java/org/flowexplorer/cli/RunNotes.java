package org.flowexplorer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.ParameterChange;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.StabilityRule;

/** Warnings about a resolved run printed before it starts: where its dynamics break the stability rule. */
final class RunNotes {
    private static final int MAX_LINES = 3;

    private RunNotes() {
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
