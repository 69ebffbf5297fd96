package org.flowexplorer.app.draw;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.flowexplorer.app.control.Notifier;
import org.flowexplorer.app.keys.KeyDispatcher;
import org.flowexplorer.app.keys.KeyLayer;
import org.flowexplorer.app.keys.Shortcut;
import org.flowexplorer.app.run.SimulationWorker;
import org.flowexplorer.app.view.CanvasView;
import org.flowexplorer.core.data.PointCsvWriter;
import org.flowexplorer.core.io.AtomicFiles;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.render.Camera;

/**
 * The "Draw targets" mode: pauses the run and lays a transparent ink layer and a tool bar over the
 * canvas. Left-drag sprays points (brush radius and points per drag event set by sliders, positions
 * from a seeded generator), right-drag or the Erase toggle removes them, Clear empties the drawing.
 * Done saves the drawing as CSV in the user's {@code drawings} folder under the given name (or
 * "Save as…" a chosen file) and makes it the target set ({@code csv:PATH}), restarting the run at
 * step 0 with the current dynamics. Points are in the data coordinates of the view at the time the
 * mode was entered. While active, Esc (through the window's key map) leaves the mode; the other
 * shortcuts keep working. FX thread only.
 */
public final class DrawMode {
    private static final Color INK = Color.web("#0072B2");

    private final CanvasView canvas;
    private final SimulationWorker worker;
    private final Notifier notifier;
    private final BooleanSupplier dark;
    private final Predicate<Path> useAsTargets;
    private final KeyDispatcher keys;
    private final KeyLayer escape = new KeyLayer("draw mode", false, Map.of(Shortcut.CLOSE_OVERLAY, this::exit));
    private final DrawingModel drawing = new DrawingModel(0);
    private final Canvas ink = new Canvas();
    private final VBox bar = new VBox(6);
    private final Slider brush = new Slider(2, 80, 16);
    private final Slider spray = new Slider(1, 30, 6);
    private final ToggleButton erase = new ToggleButton("Erase");
    private final TextField name = new TextField();
    private final Label count = new Label("0 points");
    private Camera view;
    private int width;
    private int height;
    private boolean active;

    /**
     * @param canvas       the picture the drawing is laid over (its view maps pixels to data)
     * @param holder       the canvas holder (gets the ink layer and the tool bar)
     * @param worker       the single run (paused while drawing)
     * @param notifier     the notification bar
     * @param dark         true while the dark theme is on
     * @param useAsTargets makes a CSV file the targets; false if it could not
     * @param keys         the window's key map (Esc leaves draw mode)
     */
    public DrawMode(CanvasView canvas, StackPane holder, SimulationWorker worker, Notifier notifier,
                    BooleanSupplier dark, Predicate<Path> useAsTargets, KeyDispatcher keys) {
        this.canvas = canvas;
        this.worker = worker;
        this.notifier = notifier;
        this.dark = dark;
        this.useAsTargets = useAsTargets;
        this.keys = keys;
        ink.setManaged(false);
        ink.setId("drawInk");
        ink.setVisible(false);
        ink.setCursor(javafx.scene.Cursor.CROSSHAIR);
        ink.addEventHandler(MouseEvent.MOUSE_PRESSED, this::stroke);
        ink.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::stroke);
        ink.addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
        ink.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
        ink.setOnScroll(e -> e.consume());
        buildBar();
        holder.getChildren().addAll(ink, bar);
        StackPane.setAlignment(bar, Pos.BOTTOM_CENTER); // the notification bar slides over the top
        StackPane.setMargin(bar, new Insets(8, 8, 52, 8)); // above the start hint
    }

    private void buildBar() {
        bar.setId("drawBar");
        bar.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        bar.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.setStyle("-fx-background-color: -color-bg-default; -fx-background-radius: 6; "
                + "-fx-border-color: -color-border-default; -fx-border-radius: 6; "
                + "-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 8, 0, 0, 2);");
        bar.setVisible(false);
        brush.setId("drawBrush");
        brush.setPrefWidth(90);
        brush.setTooltip(new Tooltip("Brush radius in pixels"));
        spray.setId("drawSpray");
        spray.setPrefWidth(70);
        spray.setTooltip(new Tooltip("Points sprayed per mouse-drag event"));
        erase.setId("drawErase");
        erase.setTooltip(new Tooltip("Erase instead of spraying (right-drag always erases)"));
        Button clear = button("drawClear", "Clear", "Remove every drawn point", e -> clear());
        name.setId("drawName");
        name.setPrefColumnCount(9);
        name.setTooltip(new Tooltip("Saved as ~/.flow-explorer/drawings/NAME.csv"));
        Button done = button("drawDone", "Done", "Save the drawing and make it the targets (restarts at step 0)",
                e -> done(name.getText()));
        done.getStyleClass().add("accent");
        Button saveAs = button("drawSaveAs", "Save as…", "Save the drawing to a file of your choice and use it",
                e -> saveAs());
        Button cancel = button("drawCancel", "Cancel", "Leave draw mode; the targets stay as they were", e -> exit());
        count.setId("drawCount");
        count.setMinWidth(72);
        Label brushValue = new Label();
        brushValue.textProperty().bind(brush.valueProperty().asString("%.0f px"));
        brushValue.setMinWidth(40);
        Label sprayValue = new Label();
        sprayValue.textProperty().bind(spray.valueProperty().asString("%.0f"));
        sprayValue.setMinWidth(18);
        HBox tools = new HBox(6, new Label("✎ brush"), brush, brushValue, new Label("spray"), spray, sprayValue,
                erase, clear, count);
        tools.setAlignment(Pos.CENTER_LEFT);
        HBox finish = new HBox(6, new Label("name"), name, done, saveAs, cancel);
        finish.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().addAll(tools, finish);
    }

    private static Button button(String id, String text, String tip, javafx.event.EventHandler<javafx.event.ActionEvent> a) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(a);
        return b;
    }

    /** Enters draw mode (pauses the run). Does nothing before the first frame. */
    public void enter() {
        if (active) {
            return;
        }
        if (canvas.view() == null || canvas.frame() == null) {
            notifier.error("Draw: the canvas is not ready yet");
            return;
        }
        worker.pause();
        view = canvas.view();
        width = canvas.frame().width();
        height = canvas.frame().height();
        ink.setWidth(width);
        ink.setHeight(height);
        if (name.getText().isBlank()) {
            name.setText(DrawingFiles.nextFreeName());
        }
        active = true;
        keys.push(escape);
        ink.setVisible(true);
        bar.setVisible(true);
        redraw();
        notifier.info("Draw targets: left-drag sprays points, right-drag erases; Done uses them as targets");
    }

    /** Leaves draw mode without changing the targets; the drawing is kept for next time. */
    public void exit() {
        active = false;
        keys.remove(escape);
        ink.setVisible(false);
        bar.setVisible(false);
    }

    public boolean active() {
        return active;
    }

    public DrawingModel drawing() {
        return drawing;
    }

    /** Empties the drawing. */
    public void clear() {
        drawing.clear();
        redraw();
    }

    /** One brush or eraser dab at pixel (px, py) of the canvas. */
    public void dab(double px, double py, boolean eraser) {
        double[] at = view.toData(px, py, width, height);
        double r = brush.getValue() / view.scale();
        if (eraser) {
            if (drawing.erase(at[0], at[1], r) > 0) {
                redraw();
            }
        } else {
            int before = drawing.size();
            drawing.spray(at[0], at[1], r, (int) Math.round(spray.getValue()));
            paint(before, drawing.size());
        }
        count.setText(drawing.size() + " points");
    }

    private void stroke(MouseEvent e) {
        boolean eraser = erase.isSelected() || e.getButton() == MouseButton.SECONDARY || e.isSecondaryButtonDown();
        if (active) {
            dab(e.getX(), e.getY(), eraser);
        }
        e.consume();
    }

    /**
     * Saves the drawing as {@code drawings/NAME.csv} in the user directory and makes it the targets.
     * Returns the file, or null (after a notification) when the name or the drawing is unusable.
     */
    public Path done(String fileName) {
        Path file = DrawingFiles.file(fileName);
        if (file == null) {
            notifier.error("Drawing name '" + fileName + "': use letters, digits, '.', '_' and '-' (at most 64)");
            return null;
        }
        return finish(file);
    }

    /** Saves the drawing to {@code file} and makes it the targets; null on failure. */
    public Path finish(Path file) {
        if (drawing.size() < 2) {
            notifier.error("Draw at least 2 points first (left-drag on the canvas)");
            return null;
        }
        PointSet points = drawing.points();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            AtomicFiles.write(file, o -> PointCsvWriter.write(points, o));
        } catch (IOException | RuntimeException e) {
            notifier.error("Cannot save the drawing to " + file + ": " + e.getMessage());
            return null;
        }
        if (!useAsTargets.test(file)) {
            return null;
        }
        exit();
        name.clear();
        return file;
    }

    private void saveAs() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save drawing as CSV");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV points", "*.csv"));
        fc.setInitialFileName((name.getText().isBlank() ? "drawing" : name.getText().trim()) + ".csv");
        java.io.File f = fc.showSaveDialog(ink.getScene() == null ? null : ink.getScene().getWindow());
        if (f != null) {
            finish(f.toPath());
        }
    }

    private void redraw() {
        GraphicsContext g = ink.getGraphicsContext2D();
        g.clearRect(0, 0, ink.getWidth(), ink.getHeight());
        g.setFill(dark.getAsBoolean() ? Color.rgb(0, 0, 0, 0.6) : Color.rgb(255, 255, 255, 0.6)); // fade the run
        g.fillRect(0, 0, ink.getWidth(), ink.getHeight());
        paint(0, drawing.size());
        count.setText(drawing.size() + " points");
    }

    private void paint(int from, int to) {
        GraphicsContext g = ink.getGraphicsContext2D();
        g.setFill(INK);
        for (int i = from; i < to; i++) {
            double[] s = view.toScreen(drawing.get(i, 0), drawing.get(i, 1), width, height);
            g.fillOval(s[0] - 2, s[1] - 2, 4, 4);
        }
    }
}
