package org.flowexplorer.app.drop;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import org.flowexplorer.app.control.Notifier;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.lesson.Lesson;
import org.flowexplorer.core.lesson.LessonReader;

/**
 * Files dropped onto the window, and the Image… button of the DATA panel. A dropped PNG or JPEG
 * becomes the targets ({@link ImageTargets}), a CSV file too (its rows), a JSON file opens as a
 * saved configuration (replayed to its step) or, when it has {@code "slides"}, as a lesson.
 * Anything else is refused with a note. FX thread.
 */
public final class FileDrop {
    private final Node root;
    private final ImageTargets images;
    private final Predicate<Path> csv;
    private final Consumer<Path> config;
    private final Consumer<Lesson> lesson;
    private final Notifier notifier;

    /**
     * Accepts drops on {@code root}.
     *
     * @param root     the window's layout
     * @param images   pictures as targets
     * @param csv      loads targets from a CSV file (false after a notification when it cannot)
     * @param config   opens a saved configuration, replayed to its step
     * @param lesson   opens a lesson beside the canvas
     * @param notifier the notification bar
     */
    public FileDrop(Node root, ImageTargets images, Predicate<Path> csv, Consumer<Path> config, Consumer<Lesson> lesson,
                    Notifier notifier) {
        this.root = root;
        this.images = images;
        this.csv = csv;
        this.config = config;
        this.lesson = lesson;
        this.notifier = notifier;
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && kind(e.getDragboard().getFiles()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
                e.consume();
            }
        });
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean done = e.getDragboard().hasFiles() && drop(e.getDragboard().getFiles().get(0).toPath());
            e.setDropCompleted(done);
            e.consume();
        });
    }

    public ImageTargets images() {
        return images;
    }

    /** The Image… button: asks for a picture and makes it the targets. */
    public void askImage() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Targets from a picture");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Pictures (PNG, JPEG)", "*.png", "*.jpg", "*.jpeg"));
        File f = fc.showOpenDialog(root.getScene().getWindow());
        if (f != null) {
            images.load(f.toPath());
        }
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
            notifier.error("Drop a PNG or JPEG picture, a CSV file of points or a saved configuration (.json), not "
                    + file.getFileName());
            return false;
        }
        switch (kind.get()) {
            case "image" -> {
                return images.load(file);
            }
            case "csv" -> {
                return csv.test(file);
            }
            default -> {
                String lessonText = lessonText(file);
                if (lessonText != null) {
                    try {
                        // parsed from the text just read, so the file is read once
                        lesson.accept(new LessonReader(new PresetLibrary(PresetLibrary.defaultUserDirectory()))
                                .parse(lessonText, file.toString(), file.getFileName().toString(), false,
                                        file.toAbsolutePath().getParent()));
                        return true;
                    } catch (InputException e) {
                        notifier.error("Lesson not opened: " + e.getMessage());
                        return false;
                    }
                }
                config.accept(file);
                return true;
            }
        }
    }

    /** The file's text if it is a lesson (a JSON object with "slides"), else null. */
    private static String lessonText(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new ObjectMapper().readTree(text).has("slides") ? text : null;
        } catch (IOException | RuntimeException e) {
            return null; // not readable as JSON: the configuration reader reports where
        }
    }
}
