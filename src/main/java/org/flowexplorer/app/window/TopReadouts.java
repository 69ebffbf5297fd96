package org.flowexplorer.app.window;

import java.util.Locale;
import javafx.scene.control.Label;
import org.flowexplorer.app.run.StepRate;
import org.flowexplorer.app.view.FrameStats;
import org.flowexplorer.core.sim.Snapshot;

/**
 * The read-outs of the top bar: step / T, σ (said to be held once the schedule has ended), the
 * engine's time per step and steps per second, and the frames drawn per second. While a slow step
 * is in progress the engine read-out says so and for how long, instead of looking idle. Updated
 * once per frame from the frame pump; text changes at most four times a second. FX thread only.
 */
public final class TopReadouts {
    private static final long REFRESH_NANOS = 250_000_000L;
    /** A running engine that has not finished a step for this long is shown as busy with one. */
    private static final long BUSY_NANOS = 1_000_000_000L;

    private final Label step;
    private final Label sigma;
    private final Label rate;
    private final Label fps;
    private final StepRate steps = new StepRate();
    private long lastRefresh;

    public TopReadouts(Label step, Label sigma, Label rate, Label fps) {
        this.step = step;
        this.sigma = sigma;
        this.rate = rate;
        this.fps = fps;
    }

    /**
     * One frame: {@code shown} is the snapshot on the canvas, {@code live} the engine's latest,
     * {@code playing} whether the engine runs.
     */
    public void frame(Snapshot shown, Snapshot live, boolean playing, FrameStats stats, long now) {
        steps.record(live.step(), now);
        step.setText(stepText(shown));
        sigma.setText(sigmaText(shown));
        if (now - lastRefresh < REFRESH_NANOS && now >= lastRefresh) {
            return;
        }
        lastRefresh = now;
        rate.setText(rateText(live, playing, steps.perSecond(), steps.sinceLastChange(now)));
        double f = stats.fps(now);
        fps.setText(f > 0 ? String.format(Locale.ROOT, "%.0f fps", f) : playing ? "no new frame" : "– fps");
    }

    /** "step 412 / 1000". */
    static String stepText(Snapshot s) {
        return "step " + s.step() + " / " + s.parameters().schedule().length();
    }

    /** "σ 0.312", or "σ 0.05 held" once the step is past the schedule's length T. */
    static String sigmaText(Snapshot s) {
        String v = String.format(Locale.ROOT, "σ %.3g", s.nextSigma());
        return s.step() >= s.parameters().schedule().length() ? v + " held" : v;
    }

    /** "12.4 ms/step · 58 steps/s", "7.2 s/step · step in progress 3 s", "– ms/step". */
    static String rateText(Snapshot live, boolean playing, double perSecond, long sinceChange) {
        String per = live.step() == 0 ? "– ms/step" : perStep(live.msPerStep());
        if (!playing) {
            return per;
        }
        if (sinceChange > BUSY_NANOS) {
            return per + String.format(Locale.ROOT, " · step in progress %.0f s", sinceChange / 1e9);
        }
        if (Double.isNaN(perSecond)) {
            return per;
        }
        return per + String.format(Locale.ROOT, perSecond < 10 ? " · %.1f steps/s" : " · %.0f steps/s", perSecond);
    }

    private static String perStep(double ms) {
        return ms < 1000 ? String.format(Locale.ROOT, "%.1f ms/step", ms)
                : String.format(Locale.ROOT, "%.1f s/step", ms / 1000);
    }
}
