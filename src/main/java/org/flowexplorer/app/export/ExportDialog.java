package org.flowexplorer.app.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.flowexplorer.core.export.FrameFormat;

/**
 * The Record › Export… dialog: format (PNG sequence, GIF, MP4), run length, frames as a count K
 * or one every k steps, size W×H, fps, HUD, output folder (DirectoryChooser). A summary line shows
 * what will be written or the first problem; OK is refused while a value is bad. Returns the
 * {@link ExportSettings}. FX thread only.
 */
public final class ExportDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ChoiceBox<FrameFormat> format = new ChoiceBox<>();
    private final TextField steps = new TextField();
    private final RadioButton byCount = new RadioButton("frames K");
    private final RadioButton byEvery = new RadioButton("every k steps");
    private final TextField count = new TextField();
    private final TextField width = new TextField();
    private final TextField height = new TextField();
    private final TextField fps = new TextField();
    private final CheckBox hud = new CheckBox("HUD overlay (flow, step, σ, modes)");
    private final TextField folder = new TextField();
    private final Label summary = new Label();

    /**
     * @param owner     the window
     * @param initial   the values to start from
     * @param mp4Note   null if MP4 is possible, else why not (e.g. ffmpeg missing)
     */
    public ExportDialog(Window owner, ExportSettings initial, String mp4Note) {
        dialog.setTitle("Export frames");
        dialog.initOwner(owner);
        dialog.setHeaderText("Replays this run headless from step 0 with every recorded slider change:\n"
                + "the same frames as  run --config FOLDER/config.json --frames K");
        format.getItems().setAll(FrameFormat.values());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(FrameFormat f) {
                return f == null ? "" : switch (f) {
                    case PNG -> "PNG sequence";
                    case GIF -> "GIF (looping)";
                    case MP4 -> mp4Note == null ? "MP4 (H.264)" : "MP4 – " + mp4Note;
                    case HTML -> "HTML replay (one interactive page)";
                };
            }

            @Override
            public FrameFormat fromString(String s) {
                return null;
            }
        });
        format.setValue(initial.format());
        steps.setText(Integer.toString(initial.steps()));
        ToggleGroup g = new ToggleGroup();
        byCount.setToggleGroup(g);
        byEvery.setToggleGroup(g);
        (initial.everyMode() ? byEvery : byCount).setSelected(true);
        count.setText(Integer.toString(initial.count()));
        width.setText(Integer.toString(initial.width()));
        height.setText(Integer.toString(initial.height()));
        fps.setText(Integer.toString(initial.fps()));
        hud.setSelected(initial.hud());
        folder.setText(initial.outDir() == null ? "" : initial.outDir().toString());
        folder.setPrefColumnCount(28);
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> chooseFolder(owner));
        for (TextField f : new TextField[] {steps, count, width, height, fps}) {
            f.setPrefColumnCount(6);
            f.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        ids();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(7);
        int r = 0;
        grid.addRow(r++, new Label("format"), format);
        grid.addRow(r++, new Label("steps"), tip(steps, "The run is replayed headless from step 0 to this step, "
                + "with every recorded slider change, exactly as 'run --config' would"));
        grid.addRow(r++, new Label("frames"), new HBox(8, byCount, byEvery, count));
        grid.addRow(r++, new Label("size"), new HBox(6, width, new Label("×"), height, new Label("px")));
        grid.addRow(r++, new Label("fps"), tip(fps, "Frames per second of a GIF or MP4"));
        grid.addRow(r++, new Label(""), hud);
        grid.addRow(r++, new Label("folder"), new HBox(6, folder, choose));
        summary.setWrapText(true);
        summary.setMaxWidth(520);
        grid.add(summary, 0, r, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText("Export");
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            if (settings().isEmpty()) {
                e.consume();
            }
        });
        for (TextField f : new TextField[] {steps, count, width, height, fps, folder}) {
            f.textProperty().addListener(o -> refresh());
        }
        format.valueProperty().addListener(o -> refresh());
        for (Node n : new Node[] {width, height, fps, hud}) { // a replay page has no pixel size or frame rate
            n.disableProperty().bind(format.valueProperty().isEqualTo(FrameFormat.HTML));
        }
        g.selectedToggleProperty().addListener(o -> refresh());
        hud.selectedProperty().addListener(o -> refresh());
        refresh();
    }

    private void ids() {
        format.setId("exportFormat");
        steps.setId("exportSteps");
        byCount.setId("exportByCount");
        byEvery.setId("exportByEvery");
        count.setId("exportCount");
        width.setId("exportWidth");
        height.setId("exportHeight");
        fps.setId("exportFps");
        hud.setId("exportHud");
        folder.setId("exportFolder");
        summary.setId("exportSummary");
    }

    private static Node tip(TextField f, String text) {
        f.setTooltip(new Tooltip(text));
        return f;
    }

    private void chooseFolder(Window owner) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Export into folder");
        File start = new File(folder.getText().trim());
        while (start != null && !start.isDirectory()) {
            start = start.getParentFile();
        }
        if (start != null) {
            dc.setInitialDirectory(start);
        }
        File f = dc.showDialog(owner);
        if (f != null) {
            folder.setText(f.getPath());
        }
    }

    private void refresh() {
        Optional<ExportSettings> s = parse();
        summary.setText(s.map(ExportSettings::summary).orElse("⚠ every field needs a whole number"));
    }

    private Optional<ExportSettings> parse() {
        try {
            String dir = folder.getText().trim();
            return Optional.of(new ExportSettings(format.getValue(), Integer.parseInt(steps.getText().trim()),
                    byEvery.isSelected(), Integer.parseInt(count.getText().trim()),
                    Integer.parseInt(width.getText().trim()), Integer.parseInt(height.getText().trim()),
                    Integer.parseInt(fps.getText().trim()), hud.isSelected(), dir.isEmpty() ? null : Path.of(dir)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The settings if every value is valid. */
    public Optional<ExportSettings> settings() {
        Optional<ExportSettings> s = parse();
        if (s.isEmpty() || s.get().summary().startsWith("⚠")) {
            return Optional.empty();
        }
        return s;
    }

    /** Shows the dialog and waits; empty when cancelled. */
    public Optional<ExportSettings> showAndWait() {
        Optional<ButtonType> b = dialog.showAndWait();
        return b.isPresent() && b.get() == ButtonType.OK ? settings() : Optional.empty();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }
}
