package org.flowexplorer.app.compare;

import java.util.List;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.schedule.NoiseSchedule;
import org.flowexplorer.core.schedule.ScheduleKind;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.RunConfig;

/**
 * The built-in comparisons of compare mode, built from the single-run presets so that each pane
 * runs exactly what the corresponding single preset runs.
 */
public final class ComparePresets {
    /*
     * The names fit the toolbar's box at 1280 px (about 20 characters); the condition of each is in
     * its description, the box's tooltip and the panes' titles.
     */
    /** Name of the paper-figure comparison (the one compare mode opens with). */
    public static final String PAPER_FIGURE_1 = "Paper Fig. 1";
    /** Particle batch size B_q of the SD-flow paper's Fig. 1 condition. */
    public static final int PAPER_PARTICLE_BATCH = 256;
    /** Name of the Langevin curl comparison. */
    public static final String WGF_CURL = "Langevin κ = 0 vs 2";
    /** Name of the DiffFlow ρ comparison. */
    public static final String DIFFFLOW_RHO = "DiffFlow ρ = 0, ½, 1";

    private ComparePresets() {
    }

    /** Name prefix of the comparison made from the single view's current run. */
    public static final String CURRENT_PREFIX = "This run: ";

    /**
     * A comparison on the single view's current run: its data, start, seed and dynamics, with SD
     * flow, MMD and SVGD in three panes (so a drawn or loaded dataset can be compared too).
     */
    public static ComparePreset ofRun(RunConfig run) {
        FlowParameters p = run.params();
        String data = run.dataset();
        int slash = Math.max(data.lastIndexOf('/'), data.lastIndexOf('\\'));
        return new ComparePreset(CURRENT_PREFIX + (slash < 0 ? data : data.substring(slash + 1)),
                "SD flow, MMD and SVGD on the single view's data (" + data + ", N = " + run.particles() + "), start, seed "
                        + "and dynamics; only the flow differs between panes.",
                run.withChanges(List.of()),
                List.of(p.withFlow(FlowKind.SD), p.withFlow(FlowKind.MMD), p.withFlow(FlowKind.SVGD)));
    }

    /**
     * The SD-flow paper's Fig. 1 condition applied to a preset's dynamics: no AdaGrad, full targets,
     * particles updated in batches of {@value #PAPER_PARTICLE_BATCH}, σ annealed linearly 1 → 0.05.
     */
    static FlowParameters figure1(FlowParameters p) {
        return p.withAdagrad(false).withBatches(0, PAPER_PARTICLE_BATCH)
                .withSchedule(new NoiseSchedule(ScheduleKind.LINEAR, 1.0, 0.05, p.schedule().length()));
    }

    /** The built-in comparisons, paper figure first. */
    public static List<ComparePreset> builtIn(PresetLibrary library) {
        RunConfig sd = library.require("25gaussians-sd").config();
        ComparePreset paper = new ComparePreset(PAPER_FIGURE_1,
                "The SD-flow paper's Fig. 1: SD / MMD / SVGD on 25 Gaussians in the caption's condition (no AdaGrad, "
                        + "full targets, batched particles B_q = 256, annealed linear σ 1 → 0.05); same targets, start "
                        + "and seed in every pane.",
                sd, List.of(figure1(sd.params()), figure1(library.require("25gaussians-mmd").config().params()),
                        figure1(library.require("25gaussians-svgd").config().params())));

        RunConfig langevin = library.require("25gaussians-langevin").config();
        FlowParameters slow = langevin.params().withEta(0.2);
        ComparePreset wgf = new ComparePreset(WGF_CURL,
                "WGF paper: Langevin at η = 0.2 with κ = 0 and κ = 2. A curl term κJv leaves the stationary law "
                        + "unchanged but mixes faster; stable while η(1+κ²) < 2.",
                langevin, List.of(slow.withCurl(0), slow.withCurl(2)));

        RunConfig diff = library.require("25gaussians-diffflow").config();
        FlowParameters d = diff.params();
        ComparePreset rho = new ComparePreset(DIFFFLOW_RHO,
                "DiffFlow at ρ = 0, 0.5 and 1: the coupled SDE preserves the noised marginals for every ρ, from "
                        + "GAN-like (0) to diffusion-like (1).",
                diff, List.of(d.withRho(0), d.withRho(0.5), d.withRho(1)));
        return List.of(paper, wgf, rho);
    }
}
