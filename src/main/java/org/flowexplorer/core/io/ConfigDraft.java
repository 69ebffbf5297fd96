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
        FlowParameters p = c.params();
        d.dataset = c.dataset();
        d.base = c.base();
        d.particles = c.particles();
        d.targets = c.targets();
        d.seed = c.seed();
        d.steps = c.steps();
        d.flow = p.flow();
        d.eta = p.eta();
        d.schedule = p.schedule().kind();
        d.sigmaMax = p.schedule().sigmaMax();
        d.sigmaMin = p.schedule().sigmaMin();
        d.scheduleSteps = p.schedule().length();
        d.adagrad = p.adagrad();
        d.targetBatch = p.targetBatch();
        d.particleBatch = p.particleBatch();
        d.rho = p.rho();
        d.wp = p.wp();
        d.wq = p.wq();
        d.curl = p.curl();
        d.mmdNoise = p.mmdNoise();
        d.qSelf = p.qSelf();
        d.kernel = p.kernel();
        return d;
    }

    /** Validates and builds; IllegalArgumentException messages start with the offending key. */
    RunConfig build() {
        NoiseSchedule s = new NoiseSchedule(schedule, sigmaMax, sigmaMin, scheduleSteps);
        FlowParameters p = new FlowParameters(flow, eta, s, adagrad, targetBatch, particleBatch, rho, wp, wq, curl, mmdNoise,
                qSelf, kernel);
        return new RunConfig(dataset, base, particles, targets, seed, steps, p);
    }
}
