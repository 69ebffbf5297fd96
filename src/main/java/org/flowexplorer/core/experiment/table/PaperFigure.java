package org.flowexplorer.core.experiment.table;

import java.util.List;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.sim.RunConfig;

/**
 * The conditions of the SD-flow paper's Figs. 1 and 2 as their captions state them
 * (algorithms.md §4), for the tables' marks and for the window's paper comparison:
 * <ul>
 *   <li>Fig. 1, 25 Gaussians: "no-AdaGrad, full-data, batched, and annealed" (row 2 of the
 *       25-Gaussian table) = AdaGrad off, targets full, particles batched (256), linear σ 1 → 0.05;</li>
 *   <li>Fig. 2, 30 Gaussians: "no-AdaGrad, full-data, cosine-noise annealed" (row 4 of the
 *       30-Gaussian table) = AdaGrad off, targets full, cosine σ 1 → 0.05; the caption does not
 *       say how particles are updated, so both "all" and "batched" rows are marked.</li>
 * </ul>
 * Both captions say "only SD flow converged in this condition". N = M = 1000, 1000 steps, offset
 * start, seed 0 for the figures.
 */
public enum PaperFigure {
    FIGURE_1("Fig. 1", "25gaussians", "no-AdaGrad, full-data, batched, and annealed",
            List.of(new PaperCondition(FlowKind.SD, false, false, true, false))),
    FIGURE_2("Fig. 2", "30gaussians", "no-AdaGrad, full-data, cosine-noise annealed",
            List.of(new PaperCondition(FlowKind.SD, false, false, false, true),
                    new PaperCondition(FlowKind.SD, false, false, true, true)));

    /** Particles and targets of the figures. */
    public static final int POINTS = 1000;
    /** Steps of the figures. */
    public static final int STEPS = 1000;

    private final String label;
    private final String dataset;
    private final String caption;
    private final List<PaperCondition> conditions;

    PaperFigure(String label, String dataset, String caption, List<PaperCondition> conditions) {
        this.label = label;
        this.dataset = dataset;
        this.caption = caption;
        this.conditions = conditions;
    }

    /** "fig1" or "fig2" (the table.csv spelling). */
    public String id() {
        return this == FIGURE_1 ? "fig1" : "fig2";
    }

    /** "Fig. 1". */
    public String label() {
        return label;
    }

    public String dataset() {
        return dataset;
    }

    /** The caption's words for the condition. */
    public String caption() {
        return caption;
    }

    /** True when {@code c} has the factors of this figure's condition (any flow). */
    public boolean matches(PaperCondition c) {
        return conditions.stream().anyMatch(x -> x.sameFactors(c));
    }

    /** The figure whose condition {@code c} is on the table of {@code dataset}, or null. */
    public static PaperFigure of(String dataset, PaperCondition c) {
        for (PaperFigure f : values()) {
            if (f.dataset.equals(dataset) && f.matches(c)) {
                return f;
            }
        }
        return null;
    }

    /** The caption's condition for {@code flow} (for Fig. 2: particle updates all, the first of the two). */
    public PaperCondition condition(FlowKind flow) {
        return conditions.get(0).withFlow(flow);
    }

    /** The run of one pane of the figure: its dataset, offset start, seed 0, N = M = 1000, 1000 steps. */
    public RunConfig config(FlowKind flow) {
        return new RunConfig(dataset, "offset", POINTS, POINTS, 0, STEPS, condition(flow).params(STEPS));
    }

    /** e.g. "Fig. 1 condition (caption: no-AdaGrad, full-data, batched, and annealed)". */
    public String description() {
        return label + " condition (caption: " + caption + ")";
    }
}
