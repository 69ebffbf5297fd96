package org.flowexplorer.app.lesson;

import java.util.function.Consumer;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import org.flowexplorer.core.lesson.Lesson;
import org.flowexplorer.core.lesson.LessonLibrary;

/**
 * The Lessons menu of the top bar: the built-in lessons, the user's (marked "yours"), one
 * disabled line per user lesson that could not be read (file:line:column and the problem), and
 * "Reload lessons" for a teacher editing a file.
 */
final class LessonMenu {
    private final MenuButton button;
    private final Consumer<Lesson> open;
    private final Runnable reload;

    /** Fills {@code button} (the top bar's, declared with its tooltip in {@code top-bar.fxml}). */
    LessonMenu(MenuButton button, Consumer<Lesson> open, Runnable reload) {
        this.button = button;
        this.open = open;
        this.reload = reload;
    }

    /** Lists the lessons of {@code library}. */
    void fill(LessonLibrary library) {
        button.getItems().clear();
        for (Lesson l : library.all()) {
            Label text = new Label((l.builtIn() ? "" : "(yours) ") + l.title() + "  ·  " + l.slides().size() + " slides");
            if (!l.description().isEmpty()) {
                Tooltip.install(text, new Tooltip(l.description()));
            }
            text.setId("lesson-" + l.name());
            CustomMenuItem item = new CustomMenuItem(text);
            item.setId("lessonItem-" + l.name());
            item.setOnAction(e -> open.accept(l));
            button.getItems().add(item);
        }
        for (String problem : library.problems()) {
            MenuItem bad = new MenuItem("⚠ not loaded: " + problem);
            bad.setDisable(true);
            bad.getStyleClass().add("lesson-problem");
            button.getItems().add(bad);
        }
        MenuItem again = new MenuItem("Reload lessons");
        again.setId("lessonReload");
        again.setOnAction(e -> reload.run());
        button.getItems().addAll(new SeparatorMenuItem(), again);
    }
}
