package org.flowexplorer.core.experiment.diffflow;

import java.util.List;
import org.flowexplorer.core.experiment.Stats;
import org.flowexplorer.core.math.PointSet;

/**
 * The runs of the family, grouped by ρ (in {@link DiffFlowMarginals#RHOS} order), each list
 * indexed by seed; all runs share the recorded steps.
 *
 * @param settings what was run
 * @param runs     runs per ρ
 * @param targets0 targets of seed 0 (for the histograms)
 */
public record DiffFlowResult(DiffFlowSettings settings, List<List<DiffFlowRun>> runs, PointSet targets0) {
    public DiffFlowResult {
        runs = runs.stream().map(List::copyOf).toList();
    }

    /** The recorded steps. */
    public long[] steps() {
        return runs.get(0).get(0).steps();
    }

    /** Sliced W2 of every seed of member r at recorded index j. */
    public double[] values(int r, int j) {
        return runs.get(r).stream().mapToDouble(x -> x.slicedW2()[j]).toArray();
    }

    public double mean(int r, int j) {
        return Stats.mean(values(r, j));
    }

    public double sd(int r, int j) {
        return Stats.sd(values(r, j));
    }

    /** mean_r − mean_0 at index j. */
    public double gap(int r, int j) {
        return mean(r, j) - mean(0, j);
    }

    /** The seed noise of that gap: the standard error of the difference of the two means. */
    public double gapNoise(int r, int j) {
        return Stats.seDiff(values(r, j), values(0, j));
    }

    /** The recorded index where member r's gap to ρ = 0 is largest relative to its seed noise. */
    public int strongestGap(int r) {
        int best = -1;
        double bestRatio = -1;
        for (int j = 0; j < steps().length; j++) {
            double n = gapNoise(r, j);
            double ratio = n > 0 ? Math.abs(gap(r, j)) / n : 0;
            if (ratio > bestRatio) {
                bestRatio = ratio;
                best = j;
            }
        }
        return best;
    }

    /** The recorded index of step T/2 (or the nearest recorded step before it). */
    public int midRun() {
        long half = settings.steps() / 2;
        int j = 0;
        while (j + 1 < steps().length && steps()[j + 1] <= half) {
            j++;
        }
        return j;
    }
}
