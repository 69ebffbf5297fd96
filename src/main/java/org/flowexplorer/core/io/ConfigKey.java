package org.flowexplorer.core.io;

import java.util.Locale;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.flow.QSelf;
import org.flowexplorer.core.kernel.KernelMode;
import org.flowexplorer.core.schedule.ScheduleKind;

/**
 * The keys of a configuration file (one flat JSON object), their value types and how each is
 * applied to a {@link ConfigDraft}. The same keys serve {@code --set key=value} on the command line.
 */
enum ConfigKey {
    DATASET("dataset", Type.STRING), DATASET_SHA256("dataset_sha256", Type.STRING), BASE("base", Type.STRING), PARTICLES("particles", Type.INT),
    TARGETS("targets", Type.INT), SEED("seed", Type.LONG), STEPS("steps", Type.INT),
    FLOW("flow", Type.STRING), ETA("eta", Type.DOUBLE), SCHEDULE("schedule", Type.STRING),
    SIGMA_MAX("sigma_max", Type.DOUBLE), SIGMA_MIN("sigma_min", Type.DOUBLE),
    SCHEDULE_STEPS("schedule_steps", Type.INT), ADAGRAD("adagrad", Type.BOOLEAN),
    TARGET_BATCH("target_batch", Type.INT), PARTICLE_BATCH("particle_batch", Type.INT),
    RHO("rho", Type.DOUBLE), WP("wp", Type.NULLABLE_DOUBLE), WQ("wq", Type.NULLABLE_DOUBLE),
    CURL("curl", Type.DOUBLE), MMD_NOISE("mmd_noise", Type.DOUBLE), Q_SELF("q_self", Type.STRING),
    KERNEL("kernel", Type.STRING);

    /** The JSON value types a key can take. */
    enum Type { STRING, INT, LONG, DOUBLE, NULLABLE_DOUBLE, BOOLEAN }

    /** Keys a preset file may carry besides the configuration; they do not affect the run. */
    static final java.util.Set<String> METADATA = java.util.Set.of("name", "description", "figure");

    final String key;
    final Type type;

    ConfigKey(String key, Type type) {
        this.key = key;
        this.type = type;
    }

    static ConfigKey byName(String name) {
        for (ConfigKey k : values()) {
            if (k.key.equals(name)) {
                return k;
            }
        }
        return null;
    }

    static String allNames() {
        StringBuilder sb = new StringBuilder();
        for (ConfigKey k : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(k.key);
        }
        return sb.toString();
    }

    /** True for the keys of the dynamics, the ones a run may change while it runs. */
    boolean dynamic() {
        return ordinal() >= FLOW.ordinal();
    }

    /** The draft's value of this key, in the form {@link #apply} takes (enums as their ids). */
    Object get(ConfigDraft d) {
        return switch (this) {
            case DATASET -> d.dataset;
            case DATASET_SHA256 -> d.datasetSha256;
            case BASE -> d.base;
            case PARTICLES -> d.particles;
            case TARGETS -> d.targets;
            case SEED -> d.seed;
            case STEPS -> d.steps;
            case FLOW -> d.flow.id();
            case ETA -> d.eta;
            case SCHEDULE -> d.schedule.id();
            case SIGMA_MAX -> d.sigmaMax;
            case SIGMA_MIN -> d.sigmaMin;
            case SCHEDULE_STEPS -> d.scheduleSteps;
            case ADAGRAD -> d.adagrad;
            case TARGET_BATCH -> d.targetBatch;
            case PARTICLE_BATCH -> d.particleBatch;
            case RHO -> d.rho;
            case WP -> d.wp;
            case WQ -> d.wq;
            case CURL -> d.curl;
            case MMD_NOISE -> d.mmdNoise;
            case Q_SELF -> d.qSelf.id();
            case KERNEL -> d.kernel.id();
        };
    }

    /** Stores a value of this key's type (already checked) into the draft. */
    void apply(ConfigDraft d, Object v) {
        switch (this) {
            case DATASET -> d.dataset = (String) v;
            case DATASET_SHA256 -> d.datasetSha256 = (String) v;
            case BASE -> d.base = ((String) v).toLowerCase(Locale.ROOT);
            case PARTICLES -> d.particles = (Integer) v;
            case TARGETS -> d.targets = (Integer) v;
            case SEED -> d.seed = (Long) v;
            case STEPS -> d.steps = (Integer) v;
            case FLOW -> d.flow = FlowKind.parse((String) v);
            case ETA -> d.eta = (Double) v;
            case SCHEDULE -> d.schedule = ScheduleKind.parse((String) v);
            case SIGMA_MAX -> d.sigmaMax = (Double) v;
            case SIGMA_MIN -> d.sigmaMin = (Double) v;
            case SCHEDULE_STEPS -> d.scheduleSteps = (Integer) v;
            case ADAGRAD -> d.adagrad = (Boolean) v;
            case TARGET_BATCH -> d.targetBatch = (Integer) v;
            case PARTICLE_BATCH -> d.particleBatch = (Integer) v;
            case RHO -> d.rho = (Double) v;
            case WP -> d.wp = (Double) v;
            case WQ -> d.wq = (Double) v;
            case CURL -> d.curl = (Double) v;
            case MMD_NOISE -> d.mmdNoise = (Double) v;
            case Q_SELF -> d.qSelf = QSelf.parse((String) v);
            case KERNEL -> d.kernel = KernelMode.parse((String) v);
        }
    }
}
