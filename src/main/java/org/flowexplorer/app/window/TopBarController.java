package org.flowexplorer.app.window;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.flowexplorer.app.control.Icons;
import org.flowexplorer.app.control.SpeedBox;
import org.flowexplorer.app.draw.DrawMode;
import org.flowexplorer.app.file.FileActions;
import org.flowexplorer.app.keys.Shortcut;
import org.flowexplorer.app.run.SimulationWorker;
import org.flowexplorer.app.timeline.TimelineBar;

/**
 * The top bar of {@code top-bar.fxml}: transport (run/pause, step, reset), the read-outs, the
 * speed limit, the File menu, ● Rec, Presets, Compare, presenter mode and help. Binds each control
 * to its action; the shortcuts of these controls fire the controls, so a key and a click always do
 * the same thing.
 */
public final class TopBarController {
    @FXML private HBox bar;
    @FXML private Button playButton;
    @FXML private Button stepButton;
    @FXML private Button resetButton;
    @FXML private Label stepLabel;
    @FXML private Label sigmaLabel;
    @FXML private Label rateLabel;
    @FXML private Label fpsLabel;
    @FXML private ComboBox<Integer> speedBox;
    @FXML private MenuItem openItem;
    @FXML private MenuItem saveItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem exportParticlesItem;
    @FXML private MenuItem exportMetricsItem;
    @FXML private MenuItem loadTargetsItem;
    @FXML private MenuItem drawItem;
    @FXML private Button recButton;
    @FXML private MenuButton lessonMenu;
    @FXML private MenuButton presetMenu;
    @FXML private Button compareButton;
    @FXML private Button presenterButton;
    @FXML private Button helpButton;

    @FXML
    private void initialize() {
        playButton.setGraphic(Icons.play());
        stepButton.setGraphic(Icons.step());
        resetButton.setGraphic(Icons.reset());
        presenterButton.setGraphic(Icons.presenter());
        for (Node n : bar.getChildren()) {
            if (n instanceof Labeled || n instanceof ComboBox) {
                ((Region) n).setMinWidth(Region.USE_PREF_SIZE); // the top bar never cuts a label
            }
        }
    }

    /**
     * Binds the controls.
     *
     * @param worker    the single run (run/pause, speed limit)
     * @param timeline  steps the live run (leaving the past)
     * @param runs      reset
     * @param files     the File menu and ● Rec
     * @param draw      draw mode (File › Draw targets)
     * @param presenter toggles presenter mode
     * @param help      toggles the key list
     * @param compare   opens compare mode
     */
    public void bind(SimulationWorker worker, TimelineBar timeline, RunLifecycle runs, FileActions files, DrawMode draw,
                     Runnable presenter, Runnable help, Runnable compare) {
        playButton.setOnAction(e -> worker.togglePlay());
        stepButton.setOnAction(e -> timeline.stepLive());
        resetButton.setOnAction(e -> runs.reset());
        presenterButton.setOnAction(e -> presenter.run());
        helpButton.setOnAction(e -> help.run());
        compareButton.setOnAction(e -> compare.run());
        recButton.setOnAction(e -> files.askExport());
        openItem.setOnAction(e -> files.askOpen());
        saveItem.setOnAction(e -> files.askSave());
        exportItem.setOnAction(e -> files.askExport());
        exportParticlesItem.setOnAction(e -> files.askExportParticles());
        exportMetricsItem.setOnAction(e -> files.askExportMetrics());
        loadTargetsItem.setOnAction(e -> files.askLoadTargets());
        drawItem.setOnAction(e -> draw.enter());
        SpeedBox.setUp(speedBox, worker::setMaxStepsPerSecond);
    }

    /** Puts the shortcuts of the top bar's controls into {@code m}: each fires its control. */
    public void bindKeys(Map<Shortcut, Runnable> m) {
        m.put(Shortcut.PLAY_PAUSE, playButton::fire);
        m.put(Shortcut.STEP, stepButton::fire);
        m.put(Shortcut.RESET, resetButton::fire);
        m.put(Shortcut.PRESENTER, presenterButton::fire);
        m.put(Shortcut.COMPARE, compareButton::fire);
        m.put(Shortcut.HELP, helpButton::fire);
        m.put(Shortcut.SAVE, saveItem::fire);
        m.put(Shortcut.OPEN, openItem::fire);
        m.put(Shortcut.EXPORT, exportItem::fire);
    }

    /** The read-outs of the bar. */
    public TopReadouts readouts() {
        return new TopReadouts(stepLabel, sigmaLabel, rateLabel, fpsLabel);
    }

    /** The run/pause button (its icon follows the run). */
    public Button playButton() {
        return playButton;
    }

    public MenuButton presetMenu() {
        return presetMenu;
    }

    /** The Lessons menu (filled by the lessons). */
    public MenuButton lessonMenu() {
        return lessonMenu;
    }
}
