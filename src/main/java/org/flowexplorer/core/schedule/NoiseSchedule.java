package org.flowexplorer.core.schedule;

/**
 * σ_t for step t = 0, 1, …, T−1 from σ_max to σ_min (algorithms.md §4); t ≥ T keeps σ_min,
 * T = 1 gives σ_max at t = 0 (and σ_min after). With u = t/(T−1):
 * <pre>
 *   constant   σ_max
 *   linear     σ_max + (σ_min − σ_max)·u
 *   geometric  σ_max·(σ_min/σ_max)^u
 *   cosine     σ_min + (σ_max − σ_min)·(1 + cos πu)/2
 * </pre>
 * Every shape returns σ_max exactly at t = 0 and σ_min exactly at t = T−1.
 *
 * @param kind     the shape
 * @param sigmaMax σ at the first step, &gt; 0
 * @param sigmaMin σ at step T−1 and after, &gt; 0
 * @param length   T, the number of annealing steps, ≥ 1
 */
public record NoiseSchedule(ScheduleKind kind, double sigmaMax, double sigmaMin, int length) {

    public NoiseSchedule {
        if (kind == null) {
            throw new IllegalArgumentException("schedule: missing");
        }
        if (!(sigmaMax > 0) || !Double.isFinite(sigmaMax)) {
            throw new IllegalArgumentException("sigma_max: must be a positive finite number, got " + sigmaMax);
        }
        if (!(sigmaMin > 0) || !Double.isFinite(sigmaMin)) {
            throw new IllegalArgumentException("sigma_min: must be a positive finite number, got " + sigmaMin);
        }
        if (length < 1) {
            throw new IllegalArgumentException("schedule_steps: must be at least 1, got " + length);
        }
    }

    /** The default: cosine σ 1 → 0.05 over 1000 steps. */
    public static NoiseSchedule defaults() {
        return new NoiseSchedule(ScheduleKind.COSINE, 1.0, 0.05, 1000);
    }

    /** σ of step {@code t} (t ≥ 0). */
    public double sigmaAt(long t) {
        if (kind == ScheduleKind.CONSTANT || t <= 0) {
            return sigmaMax;
        }
        if (t >= length - 1) {
            return sigmaMin;
        }
        double u = (double) t / (length - 1);
        return switch (kind) {
            case LINEAR -> sigmaMax + (sigmaMin - sigmaMax) * u;
            case GEOMETRIC -> sigmaMax * Math.pow(sigmaMin / sigmaMax, u);
            case COSINE -> sigmaMin + (sigmaMax - sigmaMin) * (1.0 + Math.cos(Math.PI * u)) / 2.0;
            case CONSTANT -> sigmaMax;
        };
    }

    public NoiseSchedule withKind(ScheduleKind k) {
        return new NoiseSchedule(k, sigmaMax, sigmaMin, length);
    }

    public NoiseSchedule withSigmaMax(double s) {
        return new NoiseSchedule(kind, s, sigmaMin, length);
    }

    public NoiseSchedule withSigmaMin(double s) {
        return new NoiseSchedule(kind, sigmaMax, s, length);
    }

    public NoiseSchedule withLength(int t) {
        return new NoiseSchedule(kind, sigmaMax, sigmaMin, t);
    }
}
