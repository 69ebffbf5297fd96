package org.flowexplorer.core.io;

import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.flow.QSelf;
import org.flowexplorer.core.kernel.KernelMode;
import org.flowexplorer.core.schedule.NoiseSchedule;
import org.flowexplorer.core.schedule.ScheduleKind;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.RunConfig;

/** A mutable, not yet validated configuration while keys are read one by one. */
final class ConfigDraft {
    String dataset = "25gaussians";
    String datasetSha256;
    String base = "offset";
    int particles = 1000;
    int targets = 1000;
    long seed = 0;
    int steps = 1000;
    FlowKind flow = FlowKind.SD;
    double eta = FlowParameters.DEFAULT_ETA;
    ScheduleKind schedule = ScheduleKind.COSINE;
    double sigmaMax = 1.0;
    double sigmaMin = 0.05;
    int scheduleSteps = 1000;
    boolean adagrad;
    int targetBatch;
    int particleBatch;
    double rho;
    Double wp;
    Double wq;
    double curl;
    double mmdNoise;
    QSelf qSelf = QSelf.INCLUDE;
    KernelMode kernel = KernelMode.AUTO;

    static ConfigDraft from(RunConfig c) {
        ConfigDraft d = new ConfigDraft();
        d.dataset = c.dataset();
        d.datasetSha256 = c.datasetSha256();
        d.base = c.base();
        d.particles = c.particles();
        d.targets = c.targets();
        d.seed = c.seed();
        d.steps = c.steps();
        d.setDynamics(c.params());
        return d;
    }

    /** A draft holding the defaults with the dynamics of {@code p} (cheap: no change list is copied). */
    static ConfigDraft ofDynamics(FlowParameters p) {
        ConfigDraft d = new ConfigDraft();
        d.setDynamics(p);
        return d;
    }

    private void setDynamics(FlowParameters p) {
        flow = p.flow();
        eta = p.eta();
        schedule = p.schedule().kind();
        sigmaMax = p.schedule().sigmaMax();
        sigmaMin = p.schedule().sigmaMin();
        scheduleSteps = p.schedule().length();
        adagrad = p.adagrad();
        targetBatch = p.targetBatch();
        particleBatch = p.particleBatch();
        rho = p.rho();
        wp = p.wp();
        wq = p.wq();
        curl = p.curl();
        mmdNoise = p.mmdNoise();
        qSelf = p.qSelf();
        kernel = p.kernel();
    }

    /** Validates and builds; IllegalArgumentException messages start with the offending key. */
    RunConfig build() {
        if (dataset != null && dataset.startsWith(org.flowexplorer.core.data.DatasetCatalog.CSV_PREFIX)) {
            try {
                java.nio.file.Path.of(dataset.substring(org.flowexplorer.core.data.DatasetCatalog.CSV_PREFIX.length()));
            } catch (java.nio.file.InvalidPathException e) {
                throw new IllegalArgumentException("dataset: not a valid file path after csv:");
            }
        }
        return new RunConfig(dataset, base, particles, targets, seed, steps, dynamics(), java.util.List.of(),
                datasetSha256);
    }

    /** The dynamics alone, validated; σ_min may not exceed σ_max (the schedule anneals downwards). */
    FlowParameters dynamics() {
        if (sigmaMin > sigmaMax) {
            throw new IllegalArgumentException("sigma_min: must not exceed sigma_max, got sigma_min " + sigmaMin
                    + " > sigma_max " + sigmaMax);
        }
        NoiseSchedule s = new NoiseSchedule(schedule, sigmaMax, sigmaMin, scheduleSteps);
        return new FlowParameters(flow, eta, s, adagrad, targetBatch, particleBatch, rho, wp, wq, curl, mmdNoise,
                qSelf, kernel);
    }
}
