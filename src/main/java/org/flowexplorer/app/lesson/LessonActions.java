package org.flowexplorer.app.lesson;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.flowexplorer.app.file.ConfigActions;
import org.flowexplorer.app.file.FileActions;
import org.flowexplorer.app.run.SavedRun;
import org.flowexplorer.app.run.SimulationWorker;
import org.flowexplorer.app.window.ExplorerController;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.lesson.Lesson;
import org.flowexplorer.core.lesson.LessonLibrary;
import org.flowexplorer.core.lesson.Slide;
import org.flowexplorer.core.sim.RunConfig;

/**
 * Lessons in the window: the Lessons menu in the top bar, the lesson column beside the canvas,
 * PageDown / PageUp, and setting up each slide exactly: the run is rebuilt from the slide's
 * configuration and replayed on the worker to the slide's start step (as File › Open does), then
 * the slide's {@link SlideScript} applies its later changes and pauses at its pause step while the
 * run plays. Whatever was done before, Next and Back restore the prepared state. Installed by one
 * call from the window after the file actions. FX thread only.
 */
public final class LessonActions {
    private static final Object KEY = LessonActions.class;
    private final ExplorerController c;
    private final ConfigActions configs;
    private final SlideScript script;
    private final LessonMenu menu = new LessonMenu(this::open, this::reload);
    private final LessonPanel panel = new LessonPanel(this::close);
    private LessonLibrary library;
    private LessonDeck deck;
    private Node canvasArea;
    private CompletableFuture<SavedRun> staging = CompletableFuture.completedFuture(null);

    private LessonActions(ExplorerController c) {
        this.c = c;
        FileActions files = FileActions.of(c);
        this.configs = files.configs();
        SimulationWorker w = c.worker();
        this.script = new SlideScript(files.recorder(), w::config, p -> {
            w.setParameters(p);
            Platform.runLater(() -> c.dynamicsModel().load(p));
        }, w::pause);
        w.setStepObserver(script);
        reload();
        HBox top = (HBox) c.root().getTop();
        int at = top.getChildren().indexOf(c.root().lookup("#presetMenu"));
        top.getChildren().add(Math.max(0, at), menu.node());
        Label keys = new Label("Lessons: PageDown / PageUp next / previous slide (set up afresh)");
        keys.setWrapText(true);
        c.helpOverlay().getChildren().add(keys);
        c.root().getStylesheets().add(LessonActions.class.getResource("/org/flowexplorer/app/lesson/lesson.css")
                .toExternalForm());
        if (c.root().getScene() != null) {
            installKeys(c.root().getScene());
        } else {
            c.root().sceneProperty().addListener((o, a, b) -> {
                if (b != null && a == null) {
                    installKeys(b);
                }
            });
        }
    }

    /** Installs the lessons into a started window whose file actions are installed (once). */
    public static LessonActions install(ExplorerController c) {
        LessonActions l = new LessonActions(c);
        c.root().getProperties().put(KEY, l);
        return l;
    }

    /** The lesson actions of a window, or null. */
    public static LessonActions of(ExplorerController c) {
        return (LessonActions) c.root().getProperties().get(KEY);
    }

    /** Re-reads the built-in and the user's lessons (a broken file becomes a line in the menu). */
    public void reload() {
        library = new LessonLibrary(LessonLibrary.defaultUserDirectory(),
                new PresetLibrary(PresetLibrary.defaultUserDirectory())); // slides may name presets saved since
        menu.fill(library);
        if (!library.problems().isEmpty()) {
            c.notifier().error("Lesson not loaded: " + library.problems().get(0)
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
            canvasArea = c.root().getCenter();
            HBox.setHgrow(canvasArea, Priority.ALWAYS);
            c.root().setCenter(new HBox(canvasArea, panel.node()));
        }
        deck.go(0);
    }

    /** Closes the lesson column; the run stays as it is. */
    public void close() {
        script.disarm();
        deck = null;
        if (canvasArea != null) {
            ((HBox) c.root().getCenter()).getChildren().remove(canvasArea);
            c.root().setCenter(canvasArea);
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
        CompletableFuture<SavedRun> f = configs.load(start);
        f.thenRun(() -> script.arm(start, s.config())); // on the worker, before any further step
        staging = f;
        f.whenComplete((run, e) -> Platform.runLater(() -> {
            if (staging != f || deck == null) {
                return;
            }
            if (e != null) {
                panel.state("⚠ this slide could not be set up: " + ConfigActions.rootMessage(e));
                return;
            }
            String where = s.pause() > s.start() ? "Space runs to step " + s.pause() + " and pauses there"
                    : "paused here for the question";
            panel.state("step " + run.snapshot().step() + " · " + where);
            c.notifier().hide(); // the column says it all; nothing over the canvas while teaching
        }));
    }

    private void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (deck == null || c.root().getScene() != scene || scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                deck.next();
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                deck.back();
                e.consume();
            }
        });
    }
}
