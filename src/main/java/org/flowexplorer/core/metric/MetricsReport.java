package org.flowexplorer.core.metric;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All metrics of algorithms.md §6 for one particle set against one target set, as printed by the
 * {@code metrics} command. Nullable components are null exactly when the metric does not apply.
 *
 * @param mmd2                       MMD² (biased, h_m = 0.5)
 * @param slicedW2                   sliced W2 over 64 directions
 * @param modesCovered               covered modes, or null without a mixture
 * @param inModeFraction             fraction of particles in mode, or null without a mixture
 * @param nnParticleToTargetMean     mean distance particle → nearest target
 * @param nnParticleToTargetMedian   median distance particle → nearest target
 * @param nnTargetToTargetMean       mean distance target → nearest other target, null if M &lt; 2
 * @param nnTargetToTargetMedian     median of the same, null if M &lt; 2
 * @param meanError                  ‖mean(x) − mean(y)‖
 * @param covError                   ‖cov(x) − cov(y)‖_F (unbiased), null if N or M &lt; 2
 * @param fieldDiagnostics           relative curl and circulation of a flow's field, or null when
 *                                   they were not computed
 */
public record MetricsReport(double mmd2, double slicedW2, Integer modesCovered, Double inModeFraction,
                            double nnParticleToTargetMean, double nnParticleToTargetMedian,
                            Double nnTargetToTargetMean, Double nnTargetToTargetMedian,
                            double meanError, Double covError, FieldDiagnostics fieldDiagnostics) {

    /** The JSON keys that are always present, in output order. */
    public static final List<String> BASE_KEYS = List.of(
            "mmd2", "sliced_w2", "modes_covered", "in_mode_fraction",
            "nn_particle_to_target_mean", "nn_particle_to_target_median",
            "nn_target_to_target_mean", "nn_target_to_target_median",
            "mean_error", "cov_error");
    /** The JSON keys appended when field diagnostics were computed, in output order. */
    public static final List<String> FIELD_KEYS = List.of("relative_curl", "circulation");

    public MetricsReport {
        if ((modesCovered == null) != (inModeFraction == null)) {
            throw new IllegalArgumentException("modes_covered and in_mode_fraction must both be set or both be null");
        }
        if ((nnTargetToTargetMean == null) != (nnTargetToTargetMedian == null)) {
            throw new IllegalArgumentException("target-to-target mean and median must both be set or both be null");
        }
    }

    /** The same report with field diagnostics added (or replaced). */
    public MetricsReport withFieldDiagnostics(FieldDiagnostics diagnostics) {
        return new MetricsReport(mmd2, slicedW2, modesCovered, inModeFraction, nnParticleToTargetMean,
                nnParticleToTargetMedian, nnTargetToTargetMean, nnTargetToTargetMedian, meanError, covError,
                diagnostics);
    }

    /** True when relative curl and circulation were computed. */
    public boolean hasFieldDiagnostics() {
        return fieldDiagnostics != null;
    }

    /** Relative curl, or null if not computed (or undefined because J vanished at every probe). */
    public Double relativeCurl() {
        return fieldDiagnostics == null ? null : fieldDiagnostics.relativeCurl();
    }

    /** Circulation, or null if not computed (or every probe was skipped). */
    public Double circulation() {
        return fieldDiagnostics == null ? null : fieldDiagnostics.circulation();
    }

    /**
     * The report as an unmodifiable ordered map with exactly the JSON keys of algorithms.md §6:
     * {@link #BASE_KEYS}, then {@link #FIELD_KEYS} only if field diagnostics were computed. Values
     * are {@link Double}, {@link Integer} or null.
     */
    public Map<String, Object> toJsonMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mmd2", mmd2);
        m.put("sliced_w2", slicedW2);
        m.put("modes_covered", modesCovered);
        m.put("in_mode_fraction", inModeFraction);
        m.put("nn_particle_to_target_mean", nnParticleToTargetMean);
        m.put("nn_particle_to_target_median", nnParticleToTargetMedian);
        m.put("nn_target_to_target_mean", nnTargetToTargetMean);
        m.put("nn_target_to_target_median", nnTargetToTargetMedian);
        m.put("mean_error", meanError);
        m.put("cov_error", covError);
        if (fieldDiagnostics != null) {
            m.put("relative_curl", fieldDiagnostics.relativeCurl());
            m.put("circulation", fieldDiagnostics.circulation());
        }
        return Collections.unmodifiableMap(m);
    }
}
