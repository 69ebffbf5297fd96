package org.flowexplorer.app.lesson;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.flowexplorer.app.control.Notifier;
import org.flowexplorer.app.keys.Shortcut;
import org.flowexplorer.app.run.SavedRun;
import org.flowexplorer.app.run.SimulationWorker;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.lesson.Lesson;
import org.flowexplorer.core.lesson.LessonLibrary;
import org.flowexplorer.core.lesson.Slide;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;

/**
 * Lessons in the window: the Lessons menu of the top bar, the lesson column beside the canvas,
 * PageDown / PageUp, and setting up each slide exactly: the run is rebuilt from the slide's
 * configuration and replayed on the worker to the slide's start step (as File › Open does), then
 * the slide's {@link SlideScript} applies its later changes and pauses at its pause step while the
 * run plays. Whatever was done before, Next and Back restore the prepared state. FX thread only.
 */
public final class LessonActions {
    private final Notifier notifier;
    private final BorderPane root;
    private final Function<RunConfig, CompletableFuture<SavedRun>> replay;
    private final SlideScript script;
    private final LessonMenu menu;
    private final LessonPanel panel = new LessonPanel(this::close);
    private LessonLibrary library;
    private LessonDeck deck;
    private Node canvasArea;
    private CompletableFuture<SavedRun> staging = CompletableFuture.completedFuture(null);

    /**
     * Becomes the worker's step observer, passing every step on to {@code recorder} first.
     *
     * @param worker   the single run
     * @param recorder the window's steering recorder (it records the scripted changes too)
     * @param replay   rebuilds a run from a configuration and replays it to its step (as File › Open)
     * @param dynamics shows parameters on the DYNAMICS panel (FX thread)
     * @param notifier the notification bar
     * @param root     the window's layout (the lesson column goes beside its centre)
     * @param button   the Lessons menu of the top bar
     */
    public LessonActions(SimulationWorker worker, Consumer<Snapshot> recorder,
                         Function<RunConfig, CompletableFuture<SavedRun>> replay, Consumer<FlowParameters> dynamics,
                         Notifier notifier, BorderPane root, MenuButton button) {
        this.notifier = notifier;
        this.root = root;
        this.replay = replay;
        this.menu = new LessonMenu(button, this::open, this::reload);
        this.script = new SlideScript(recorder, worker::config, p -> {
            worker.setParameters(p);
            Platform.runLater(() -> dynamics.accept(p));
        }, worker::pause);
        worker.setStepObserver(script);
        root.getStylesheets().add(LessonActions.class.getResource("/org/flowexplorer/app/lesson/lesson.css")
                .toExternalForm());
        reload();
    }

    /** PageDown / PageUp: next and previous slide of the lesson on show (nothing without one). */
    public void bindKeys(Map<Shortcut, Runnable> m) {
        m.put(Shortcut.NEXT_SLIDE, () -> {
            if (deck != null) {
                deck.next();
            }
        });
        m.put(Shortcut.PREVIOUS_SLIDE, () -> {
            if (deck != null) {
                deck.back();
            }
        });
    }

    /** Re-reads the built-in and the user's lessons (a broken file becomes a line in the menu). */
    public void reload() {
        library = new LessonLibrary(LessonLibrary.defaultUserDirectory(),
                new PresetLibrary(PresetLibrary.defaultUserDirectory())); // slides may name presets saved since
        menu.fill(library);
        if (!library.problems().isEmpty()) {
            notifier.error("Lesson not loaded: " + library.problems().get(0)
                    + (library.problems().size() > 1 ? " (and " + (library.problems().size() - 1) + " more, see Lessons)" : ""));
        }
    }

    public LessonLibrary library() {
        return library;
    }

    /** Opens {@code lesson} beside the canvas and sets up its first slide. */
    public void open(Lesson lesson) {
        deck = new LessonDeck(lesson);
        deck.addListener(d -> stage(d.slide()));
        panel.show(deck);
        if (canvasArea == null) {
            canvasArea = root.getCenter();
            HBox.setHgrow(canvasArea, Priority.ALWAYS);
            root.setCenter(new HBox(canvasArea, panel.node()));
        }
        deck.go(0);
    }

    /** Closes the lesson column; the run stays as it is. */
    public void close() {
        script.disarm();
        deck = null;
        if (canvasArea != null) {
            ((HBox) root.getCenter()).getChildren().remove(canvasArea);
            root.setCenter(canvasArea);
            canvasArea = null;
        }
    }

    /** The lesson on show, or null. */
    public LessonDeck deck() {
        return deck;
    }

    /** Completes when the slide last asked for is set up (or has failed to be). */
    public CompletableFuture<SavedRun> ready() {
        return staging;
    }

    /** Sets up {@code s}: its run rebuilt and replayed to its start step, paused, its script armed. */
    private void stage(Slide s) {
        script.disarm();
        RunConfig start = s.config().withSteps(s.start());
        panel.state(s.start() == 0 ? "setting up…" : "setting up: replaying to step " + s.start() + "…");
        CompletableFuture<SavedRun> f = replay.apply(start);
        f.thenRun(() -> script.arm(start, s.config())); // on the worker, before any further step
        staging = f;
        f.whenComplete((run, e) -> Platform.runLater(() -> {
            if (staging != f || deck == null) {
                return;
            }
            if (e != null) {
                panel.state("⚠ this slide could not be set up: " + Notifier.describe(e));
                return;
            }
            String where = s.pause() > s.start() ? "Space runs to step " + s.pause() + " and pauses there"
                    : "paused here for the question";
            panel.state("step " + run.snapshot().step() + " · " + where);
            notifier.hide(); // the column says it all; nothing over the canvas while teaching
        }));
    }
}
