package org.flowexplorer.core.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.flowexplorer.core.flow.FieldScratch;
import org.flowexplorer.core.flow.FlowSpec;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.flow.VelocityField;
import org.flowexplorer.core.io.StagedOutput;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.math.RandomStreams;
import org.flowexplorer.core.math.RandomStreams.Purpose;
import org.flowexplorer.core.metric.NearestNeighbours;

/**
 * Model optimisation in R^d (the SD-flow paper's Fig. 5, ALGORITHMS.md §7). Target
 * {@code y = μ + B z}, μ ~ N(0, I), B = A/√d with A standard normal; model {@code x = μ̂ + B̂ z}
 * from μ̂ = 0, B̂ = I. Each step draws N fresh z and M fresh targets, computes the SD velocity v at
 * the model samples (constant σ) and moves the parameters by the least-squares fit of the moved
 * samples:
 * <pre>  μ̂ += ε · mean_i v_i,   B̂ += ε · mean_i v_i z_iᵀ,   ε = η σ²</pre>
 * Errors: ‖μ̂ − μ‖ (also relative to ‖μ‖) and ‖B̂B̂ᵀ − BBᵀ‖_F / ‖BBᵀ‖_F.
 */
public final class Model50Experiment {
    /**
     * @param dim     d (50 in the paper)
     * @param sigma   constant σ
     * @param eta     η
     * @param n       model samples per step
     * @param m       target samples per step
     * @param steps   steps
     * @param seed    seed of μ, B and every draw
     * @param threads kernel threads
     * @param every   record the errors every this many steps
     */
    public record Settings(int dim, double sigma, double eta, int n, int m, int steps, long seed, int threads, int every) {
        public Settings {
            if (dim < 1 || dim > 200) {
                throw new IllegalArgumentException("dim: must be between 1 and 200, got " + dim);
            }
            if (!(sigma > 0) || !Double.isFinite(sigma)) {
                throw new IllegalArgumentException("sigma: must be positive, got " + sigma);
            }
            if (!(eta > 0) || !Double.isFinite(eta)) {
                throw new IllegalArgumentException("eta: must be positive, got " + eta);
            }
            if (n < 2 || n > 20_000 || m < 2 || m > 20_000) {
                throw new IllegalArgumentException("particles: N and M must be between 2 and 20000");
            }
            if (steps < 0 || steps > 1_000_000) {
                throw new IllegalArgumentException("steps: must be between 0 and 1000000, got " + steps);
            }
            if (threads < 1 || every < 1) {
                throw new IllegalArgumentException("threads: must be at least 1");
            }
        }

        /** ALGORITHMS.md §7 defaults: d = 50, σ = 5, η = 0.5, N = M = 500, 1000 steps. */
        public static Settings defaults(int threads) {
            return new Settings(50, 5.0, 0.5, 500, 500, 1000, 0, threads, 10);
        }
    }

    /** Errors after a step. */
    public record ErrorRow(int step, double meanError, double relativeMeanError, double covError) {
    }

    /** The learned model and its errors. */
    public record Result(Settings settings, DMatrixRMaj mu, DMatrixRMaj b, DMatrixRMaj muHat, DMatrixRMaj bHat,
                         List<ErrorRow> history, NearestNeighbours nn, double seconds) {
        public ErrorRow last() {
            return history.get(history.size() - 1);
        }
    }

    private Model50Experiment() {
    }

    public static Result run(Settings s) {
        long start = System.nanoTime();
        int d = s.dim();
        RandomStreams rs = new RandomStreams(s.seed());
        DMatrixRMaj mu = new DMatrixRMaj(d, 1);
        DMatrixRMaj b = new DMatrixRMaj(d, d);
        SplittableRandom r = rs.stream(Purpose.MODEL, -1, 0);
        for (int i = 0; i < d; i++) {
            mu.data[i] = r.nextGaussian();
        }
        r = rs.stream(Purpose.MODEL, -1, 1);
        for (int k = 0; k < d * d; k++) {
            b.data[k] = r.nextGaussian() / Math.sqrt(d);
        }
        DMatrixRMaj muHat = new DMatrixRMaj(d, 1);
        DMatrixRMaj bHat = CommonOps_DDRM.identity(d);
        double eps = s.eta() * s.sigma() * s.sigma();
        List<ErrorRow> history = new ArrayList<>();
        history.add(errors(0, mu, b, muHat, bHat));
        DMatrixRMaj z = new DMatrixRMaj(s.n(), d);
        DMatrixRMaj x = new DMatrixRMaj(s.n(), d);
        DMatrixRMaj zt = new DMatrixRMaj(s.m(), d);
        DMatrixRMaj y = new DMatrixRMaj(s.m(), d);
        DMatrixRMaj v = new DMatrixRMaj(s.n(), d);
        DMatrixRMaj g = new DMatrixRMaj(d, d);
        DMatrixRMaj meanV = new DMatrixRMaj(d, 1);
        FlowSpec sd = FlowSpec.of(FlowKind.SD);
        try (ParallelRunner runner = new ParallelRunner(s.threads())) {
            for (int t = 0; t < s.steps(); t++) {
                sample(rs, Purpose.MODEL, t, muHat, bHat, z, x);
                sample(rs, Purpose.EXTRA, t, mu, b, zt, y);
                PointSet xs = PointSet.wrap(d, x.data.clone());
                VelocityField field = sd.create().field(xs, PointSet.wrap(d, y.data.clone()), s.sigma(), runner);
                double[] xd = xs.coords();
                double[] vd = v.data;
                runner.forRange(s.n(), (from, to) -> {
                    FieldScratch scratch = field.newScratch();
                    for (int i = from; i < to; i++) {
                        field.evaluate(xd, i * d, vd, i * d, scratch);
                    }
                });
                // μ̂ += ε mean_i v_i ; B̂ += ε (1/N) Vᵀ Z
                CommonOps_DDRM.sumCols(v, meanV);
                meanV.reshape(d, 1);
                CommonOps_DDRM.addEquals(muHat, eps / s.n(), meanV);
                CommonOps_DDRM.multTransA(v, z, g);
                CommonOps_DDRM.addEquals(bHat, eps / s.n(), g);
                if ((t + 1) % s.every() == 0 || t == s.steps() - 1) {
                    history.add(errors(t + 1, mu, b, muHat, bHat));
                }
            }
            sample(rs, Purpose.MODEL, Integer.MAX_VALUE, muHat, bHat, z, x);
            sample(rs, Purpose.EXTRA, Integer.MAX_VALUE, mu, b, zt, y);
            NearestNeighbours nn = NearestNeighbours.compute(PointSet.wrap(d, x.data.clone()),
                    PointSet.wrap(d, y.data.clone()), runner);
            return new Result(s, mu, b, muHat, bHat, List.copyOf(history), nn, (System.nanoTime() - start) / 1e9);
        }
    }

    /** Rows of {@code out} = μ + B z_i with fresh z_i (rows of {@code z}) from (purpose, step). */
    private static void sample(RandomStreams rs, Purpose purpose, long step, DMatrixRMaj mean, DMatrixRMaj scale,
                               DMatrixRMaj z, DMatrixRMaj out) {
        SplittableRandom r = rs.stream(purpose, step);
        for (int k = 0; k < z.data.length; k++) {
            z.data[k] = r.nextGaussian();
        }
        CommonOps_DDRM.multTransB(z, scale, out);
        int d = mean.numRows;
        for (int i = 0; i < out.numRows; i++) {
            for (int c = 0; c < d; c++) {
                out.data[i * d + c] += mean.data[c];
            }
        }
    }

    static ErrorRow errors(int step, DMatrixRMaj mu, DMatrixRMaj b, DMatrixRMaj muHat, DMatrixRMaj bHat) {
        DMatrixRMaj diff = new DMatrixRMaj(mu.numRows, 1);
        CommonOps_DDRM.subtract(muHat, mu, diff);
        double me = NormOps_DDRM.normF(diff);
        DMatrixRMaj c = cov(b);
        DMatrixRMaj ch = cov(bHat);
        DMatrixRMaj dc = new DMatrixRMaj(c.numRows, c.numCols);
        CommonOps_DDRM.subtract(ch, c, dc);
        return new ErrorRow(step, me, me / NormOps_DDRM.normF(mu), NormOps_DDRM.normF(dc) / NormOps_DDRM.normF(c));
    }

    /** B Bᵀ. */
    public static DMatrixRMaj cov(DMatrixRMaj b) {
        DMatrixRMaj c = new DMatrixRMaj(b.numRows, b.numRows);
        CommonOps_DDRM.multTransB(b, b, c);
        return c;
    }

    /** model50.csv: the error history. */
    public static String csv(Result r) {
        StringBuilder sb = new StringBuilder("step,mean_error,relative_mean_error,cov_error\n");
        for (ErrorRow e : r.history()) {
            sb.append(e.step()).append(',').append(e.meanError()).append(',').append(e.relativeMeanError())
                    .append(',').append(e.covError()).append('\n');
        }
        return sb.toString();
    }

    /** Scatter of truth (x) vs learned (y) with the diagonal. */
    static Raster truthVsLearned(double[] truth, double[] learned, String title, String subtitle) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] a : new double[][] {truth, learned}) {
            for (double v : a) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double pad = 0.05 * (hi - lo + 1e-12);
        lo -= pad;
        hi += pad;
        Raster img = new Raster(520, 560);
        Panel p = new Panel(img, 60, 85, 420, 420, lo, hi, lo, hi);
        p.line(lo, lo, hi, hi, Raster.GREY);
        p.scatter(truth, learned, 2.0, Raster.withAlpha(Raster.PARTICLE, 0.6));
        p.frame(null, true);
        img.boldText(10, 22, title, Raster.BLACK, 14);
        img.text(10, 42, subtitle, Raster.BLACK, 11);
        img.text(200, 540, "true (x axis) vs learned (y axis)", Raster.GREY, 11);
        return img;
    }

    /** Writes model50.csv, model50-mean.png, model50-cov.png, model50-nn.png and model50-nn.csv. */
    public static void write(Result r, Path dir) throws IOException {
        ErrorRow e = r.last();
        Settings s = r.settings();
        String sub = String.format(Locale.ROOT, "d = %d, σ = %s, η = %s, N = M = %d, %d steps\n‖μ̂−μ‖/‖μ‖ = %.3g, "
                + "‖B̂B̂ᵀ−BBᵀ‖_F/‖BBᵀ‖_F = %.3g", s.dim(), s.sigma(), s.eta(), s.n(), s.steps(), e.relativeMeanError(),
                e.covError());
        try (StagedOutput staged = new StagedOutput()) {
            staged.write(dir.resolve("model50.csv"), o -> TableExperiment.text(o, csv(r)));
            staged.write(dir.resolve("model50-mean.png"), o -> truthVsLearned(r.mu().data, r.muHat().data,
                    "Mean: μ vs μ̂", sub).writePng(o));
            staged.write(dir.resolve("model50-cov.png"), o -> truthVsLearned(cov(r.b()).data, cov(r.bHat()).data,
                    "Covariance entries: BBᵀ vs B̂B̂ᵀ", sub).writePng(o));
            staged.write(dir.resolve("model50-nn.png"), o -> NnHistogram.plot(r.nn(),
                    "Model in R^" + s.dim() + ": nearest neighbours in a fresh target sample").writePng(o));
            staged.write(dir.resolve("model50-nn.csv"), o -> TableExperiment.text(o, NnHistogram.csv(r.nn())));
            staged.commit();
        }
    }
}
