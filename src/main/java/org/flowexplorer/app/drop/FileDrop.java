package org.flowexplorer.app.drop;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import org.flowexplorer.app.file.FileActions;
import org.flowexplorer.app.lesson.LessonActions;
import org.flowexplorer.app.window.ExplorerController;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.lesson.LessonReader;

/**
 * Files dropped onto the window, and the Image… button of the DATA panel. A dropped PNG or JPEG
 * becomes the targets ({@link ImageTargets}), a CSV file too (its rows), a JSON file opens as a
 * saved configuration (replayed to its step) or, when it has {@code "slides"}, as a lesson.
 * Anything else is refused with a note. Installed by one call from the window. FX thread.
 */
public final class FileDrop {
    private static final Object KEY = FileDrop.class;
    private final ExplorerController c;
    private final ImageTargets images;

    private FileDrop(ExplorerController c) {
        this.c = c;
        this.images = new ImageTargets(c);
    }

    /** Adds the Image… button and accepts drops on the window (after the file actions are installed). */
    public static FileDrop install(ExplorerController c) {
        FileDrop d = new FileDrop(c);
        Node root = c.root();
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && d.kind(e.getDragboard().getFiles()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
                e.consume();
            }
        });
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean done = e.getDragboard().hasFiles() && d.drop(e.getDragboard().getFiles().get(0).toPath());
            e.setDropCompleted(done);
            e.consume();
        });
        d.addImageButton();
        c.root().getProperties().put(KEY, d);
        return d;
    }

    /** The drop handling of a window, or null. */
    public static FileDrop of(ExplorerController c) {
        return (FileDrop) c.root().getProperties().get(KEY);
    }

    public ImageTargets images() {
        return images;
    }

    /** The kind of a single dropped file ("image", "csv", "json"), or empty when it is not one we load. */
    Optional<String> kind(List<File> files) {
        if (files.size() != 1) {
            return Optional.empty();
        }
        String name = files.get(0).getName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return Optional.of("image");
        }
        if (name.endsWith(".csv")) {
            return Optional.of("csv");
        }
        return name.endsWith(".json") ? Optional.of("json") : Optional.empty();
    }

    /** Loads a dropped file; false (after a notification) when it cannot be used. */
    public boolean drop(Path file) {
        Optional<String> kind = kind(List.of(file.toFile()));
        if (kind.isEmpty()) {
            c.notifier().error("Drop a PNG or JPEG picture, a CSV file of points or a saved configuration (.json), not "
                    + file.getFileName());
            return false;
        }
        FileActions files = FileActions.of(c);
        switch (kind.get()) {
            case "image" -> {
                return images.load(file);
            }
            case "csv" -> {
                return files.csv().loadTargets(file);
            }
            default -> {
                if (isLesson(file)) {
                    try {
                        LessonActions.of(c).open(new LessonReader(new PresetLibrary(PresetLibrary.defaultUserDirectory()))
                                .read(file, file.getFileName().toString(), false));
                        return true;
                    } catch (InputException e) {
                        c.notifier().error("Lesson not opened: " + e.getMessage());
                        return false;
                    }
                }
                files.configs().open(file);
                return true;
            }
        }
    }

    private static boolean isLesson(Path file) {
        try {
            return new ObjectMapper().readTree(Files.readString(file)).has("slides");
        } catch (IOException | RuntimeException e) {
            return false; // not readable as JSON: the configuration reader reports where
        }
    }

    private void addImageButton() {
        Button b = new Button("Image…");
        b.setId("loadImageButton");
        b.setTooltip(new Tooltip("Targets from a picture (PNG or JPEG): M points drawn from its dark or opaque pixels. "
                + "You can also drop a picture, a CSV file or a saved configuration onto the window."));
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Targets from a picture");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Pictures (PNG, JPEG)", "*.png", "*.jpg", "*.jpeg"));
            File f = fc.showOpenDialog(c.root().getScene().getWindow());
            if (f != null) {
                images.load(f.toPath());
            }
        });
        var children = c.dataPanel().panel().getChildren(); // its own row under ✎ draw and CSV…, never squeezed
        Node row = c.dataPanel().panel().lookup("#drawRow");
        children.add(row == null ? Math.min(2, children.size()) : children.indexOf(row) + 1, b);
    }
}
