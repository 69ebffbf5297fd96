package org.flowexplorer.core.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.flowexplorer.core.data.PointCsvReader;

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
 * @param datasetSha256 for a {@code csv:} dataset the SHA-256 (lower-case hex) its file had when the
 *                  configuration was made, checked whenever the file is read again; null when
 *                  unknown or not a file
 */
public record RunConfig(String dataset, String base, int particles, int targets, long seed, int steps,
                        FlowParameters params, List<ParameterChange> changes, String datasetSha256) {
    /**
     * Largest N or M the window offers (drawing, DATA panel, a CSV's rows); larger runs go through
     * configurations, up to {@link #MAX_CONFIG_POINTS}.
     */
    public static final int MAX_POINTS = PointCsvReader.MAX_ROWS;
    /** Largest N or M a configuration accepts (above 20,000 kernel = auto runs in grid mode). */
    public static final int MAX_CONFIG_POINTS = 200_000;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

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
        if (datasetSha256 != null && !SHA256.matcher(datasetSha256).matches()) {
            throw new IllegalArgumentException("dataset_sha256: expected 64 lower-case hex digits");
        }
    }

    /** A configuration whose dynamics change at the given steps, with no recorded file hash. */
    public RunConfig(String dataset, String base, int particles, int targets, long seed, int steps,
                     FlowParameters params, List<ParameterChange> changes) {
        this(dataset, base, particles, targets, seed, steps, params, changes, null);
    }

    /** A configuration whose dynamics never change during the run. */
    public RunConfig(String dataset, String base, int particles, int targets, long seed, int steps,
                     FlowParameters params) {
        this(dataset, base, particles, targets, seed, steps, params, List.of(), null);
    }

    /**
     * The parameters in force for the step taken from state {@code step} (after all changes up to
     * it); a binary search, so a run with many recorded changes stays linear in its steps.
     */
    public FlowParameters paramsAt(long step) {
        int lo = 0;
        int hi = changes.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (changes.get(mid).step() <= step) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? params : changes.get(found).params();
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
            return new RunConfig(dataset, base, particles, targets, seed, steps, p, List.of(), datasetSha256);
        }
        kept.add(new ParameterChange(step, p));
        return new RunConfig(dataset, base, particles, targets, seed, steps, params, kept, datasetSha256);
    }

    public RunConfig withChanges(List<ParameterChange> c) {
        return new RunConfig(dataset, base, particles, targets, seed, steps, params, c, datasetSha256);
    }

    public RunConfig withParams(FlowParameters p) {
        return new RunConfig(dataset, base, particles, targets, seed, steps, p, changes, datasetSha256);
    }

    public RunConfig withSteps(int s) {
        return new RunConfig(dataset, base, particles, targets, seed, s, params, changes, datasetSha256);
    }

    public RunConfig withSeed(long s) {
        return new RunConfig(dataset, base, particles, targets, s, steps, params, changes, datasetSha256);
    }

    /** Another dataset; its file hash is unknown until {@link #withDatasetSha256} records one. */
    public RunConfig withDataset(String d) {
        return new RunConfig(d, base, particles, targets, seed, steps, params, changes, null);
    }

    /** The same dataset with the SHA-256 its file must have (null: not checked). */
    public RunConfig withDatasetSha256(String sha256) {
        return new RunConfig(dataset, base, particles, targets, seed, steps, params, changes, sha256);
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
        return new RunConfig(dataset, base, n, m, seed, steps, params, changes, datasetSha256);
    }
}
