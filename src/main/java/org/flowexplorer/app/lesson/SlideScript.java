package org.flowexplorer.app.lesson;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.ParameterChange;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;

/**
 * Plays a slide's script while the run goes on live: told of every step on the worker thread, it
 * sets the parameters of each recorded change right after the step that reaches the change's step
 * (so the next step uses them, as in {@code HeadlessRun}) and pauses the run when it reaches the
 * slide's pause step. It acts only on the run the slide built (the worker's configuration object),
 * so a preset or new data chosen meanwhile is left alone. Passes every step on to the observer it
 * wraps (the window's steering recorder, which thus records the scripted changes too).
 */
final class SlideScript implements Consumer<Snapshot> {
    /** What a slide set up: the run it built, and its full script. */
    private record Armed(RunConfig built, RunConfig script) {
    }

    private final Consumer<Snapshot> inner;
    private final Supplier<RunConfig> builtFrom;
    private final Consumer<FlowParameters> setParameters;
    private final Runnable pause;
    private volatile Armed armed;

    /**
     * @param inner         the observer the worker had before (may be null)
     * @param builtFrom     the configuration the worker's current run was built from
     * @param setParameters sets the parameters of the next step (worker and panels)
     * @param pause         pauses the run
     */
    SlideScript(Consumer<Snapshot> inner, Supplier<RunConfig> builtFrom, Consumer<FlowParameters> setParameters,
                Runnable pause) {
        this.inner = inner;
        this.builtFrom = builtFrom;
        this.setParameters = setParameters;
        this.pause = pause;
    }

    /** Follows {@code script} on the run built from {@code built} (identity, not equality). */
    void arm(RunConfig built, RunConfig script) {
        armed = new Armed(built, script);
    }

    void disarm() {
        armed = null;
    }

    @Override
    public void accept(Snapshot s) {
        if (inner != null) {
            inner.accept(s);
        }
        Armed a = armed;
        if (a == null || builtFrom.get() != a.built()) {
            return;
        }
        for (ParameterChange c : a.script().changes()) {
            if (c.step() == s.step()) {
                setParameters.accept(c.params());
            }
        }
        if (s.step() == a.script().steps()) {
            pause.run();
        }
    }
}
