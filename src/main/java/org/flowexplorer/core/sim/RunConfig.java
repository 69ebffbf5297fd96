package org.flowexplorer.core.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything needed to reproduce a run exactly: data, start, sizes, seed, length and dynamics.
 * The thread count is deliberately absent: results do not depend on it.
 *
 * @param dataset   target dataset id ({@code 25gaussians}, …, or {@code csv:PATH})
 * @param base      base distribution id ({@code offset}, {@code normal}, {@code box})
 * @param particles N, the number of particles
 * @param targets   M, the number of targets (ignored for CSV datasets, which use every row)
 * @param seed      the seed of every random draw
 * @param steps     the number of steps a headless run takes
 * @param params    the dynamics at step 0
 * @param changes   later changes of the dynamics, in strictly increasing step order (may be empty)
 */
public record RunConfig(String dataset, String base, int particles, int targets, long seed, int steps,
                        FlowParameters params, List<ParameterChange> changes) {
    /**
     * Largest N or M the window offers (drawing, DATA panel); larger runs go through configurations,
     * up to {@link #MAX_CONFIG_POINTS}.
     */
    public static final int MAX_POINTS = 50_000;
    /** Largest N or M a configuration accepts (above 20,000 kernel = auto runs in grid mode). */
    public static final int MAX_CONFIG_POINTS = 200_000;

    public RunConfig {
        if (dataset == null || dataset.isBlank()) {
            throw new IllegalArgumentException("dataset: missing");
        }
        if (base == null || base.isBlank()) {
            throw new IllegalArgumentException("base: missing");
        }
        if (particles < 1 || particles > MAX_CONFIG_POINTS) {
            throw new IllegalArgumentException("particles: must be between 1 and " + MAX_CONFIG_POINTS + ", got " + particles);
        }
        if (targets < 1 || targets > MAX_CONFIG_POINTS) {
            throw new IllegalArgumentException("targets: must be between 1 and " + MAX_CONFIG_POINTS + ", got " + targets);
        }
        if (steps < 0) {
            throw new IllegalArgumentException("steps: must be non-negative, got " + steps);
        }
        if (params == null) {
            throw new IllegalArgumentException("params: missing");
        }
        changes = List.copyOf(changes == null ? List.of() : changes);
        for (int i = 1; i < changes.size(); i++) {
            if (changes.get(i).step() <= changes.get(i - 1).step()) {
                throw new IllegalArgumentException("changes: steps must increase, got " + changes.get(i - 1).step()
                        + " then " + changes.get(i).step());
            }
        }
    }

    /** A configuration whose dynamics never change during the run. */
    public RunConfig(String dataset, String base, int particles, int targets, long seed, int steps,
                     FlowParameters params) {
        this(dataset, base, particles, targets, seed, steps, params, List.of());
    }

    /** The parameters in force for the step taken from state {@code step} (after all changes up to it). */
    public FlowParameters paramsAt(int step) {
        FlowParameters p = params;
        for (ParameterChange c : changes) {
            if (c.step() > step) {
                break;
            }
            p = c.params();
        }
        return p;
    }

    /**
     * This configuration with one more change at {@code step} (replacing a change at the same step);
     * changes recorded for later steps are dropped, as when a run is forked from a past step.
     */
    public RunConfig withChangeAt(int step, FlowParameters p) {
        List<ParameterChange> kept = new ArrayList<>();
        for (ParameterChange c : changes) {
            if (c.step() < step) {
                kept.add(c);
            }
        }
        if (step == 0) {
            return new RunConfig(dataset, base, particles, targets, seed, steps, p, List.of());
        }
        kept.add(new ParameterChange(step, p));
        return new RunConfig(dataset, base, particles, targets, seed, steps, params, kept);
    }

    public RunConfig withChanges(List<ParameterChange> c) {
        return new RunConfig(dataset, base, particles, targets, seed, steps, params, c);
    }

    public RunConfig withParams(FlowParameters p) {
        return new RunConfig(dataset, base, particles, targets, seed, steps, p, changes);
    }

    public RunConfig withSteps(int s) {
        return new RunConfig(dataset, base, particles, targets, seed, s, params, changes);
    }

    public RunConfig withSeed(long s) {
        return new RunConfig(dataset, base, particles, targets, s, steps, params, changes);
    }

    public RunConfig withDataset(String d) {
        return new RunConfig(d, base, particles, targets, seed, steps, params, changes);
    }

    /**
     * This configuration with N particles and M targets as picked in the window: at most
     * {@link #MAX_POINTS} each (larger runs come from configuration files and {@code --set}, up to
     * {@link #MAX_CONFIG_POINTS}, where grid mode keeps them fast).
     */
    public RunConfig withSizes(int n, int m) {
        if (n > MAX_POINTS || m > MAX_POINTS) {
            throw new IllegalArgumentException("particles and targets: at most " + MAX_POINTS + " in the window, got "
                    + n + " and " + m);
        }
        return new RunConfig(dataset, base, n, m, seed, steps, params, changes);
    }
}
