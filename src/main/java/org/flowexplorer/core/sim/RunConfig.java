package org.flowexplorer.core.sim;

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
 * @param params    the dynamics
 */
public record RunConfig(String dataset, String base, int particles, int targets, long seed, int steps,
                        FlowParameters params) {
    /** Largest N or M accepted (memory and the SVGD pair median stay bounded). */
    public static final int MAX_POINTS = 50_000;

    public RunConfig {
        if (dataset == null || dataset.isBlank()) {
            throw new IllegalArgumentException("dataset: missing");
        }
        if (base == null || base.isBlank()) {
            throw new IllegalArgumentException("base: missing");
        }
        if (particles < 1 || particles > MAX_POINTS) {
            throw new IllegalArgumentException("particles: must be between 1 and " + MAX_POINTS + ", got " + particles);
        }
        if (targets < 1 || targets > MAX_POINTS) {
            throw new IllegalArgumentException("targets: must be between 1 and " + MAX_POINTS + ", got " + targets);
        }
        if (steps < 0) {
            throw new IllegalArgumentException("steps: must be non-negative, got " + steps);
        }
        if (params == null) {
            throw new IllegalArgumentException("params: missing");
        }
    }

    public RunConfig withParams(FlowParameters p) {
        return new RunConfig(dataset, base, particles, targets, seed, steps, p);
    }

    public RunConfig withSteps(int s) {
        return new RunConfig(dataset, base, particles, targets, seed, s, params);
    }

    public RunConfig withSeed(long s) {
        return new RunConfig(dataset, base, particles, targets, s, steps, params);
    }

    public RunConfig withDataset(String d) {
        return new RunConfig(d, base, particles, targets, seed, steps, params);
    }

    public RunConfig withSizes(int n, int m) {
        return new RunConfig(dataset, base, n, m, seed, steps, params);
    }
}
