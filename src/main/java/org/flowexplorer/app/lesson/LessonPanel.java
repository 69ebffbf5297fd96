package org.flowexplorer.app.lesson;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.flowexplorer.core.lesson.Slide;

/**
 * The lesson column beside the canvas: lesson title, "slide 2 / 6" with ◀ Back and Next ▶, the
 * slide's title, caption and question, and where the slide starts and pauses. Shows a
 * {@link LessonDeck}; the buttons move it. Nothing is ever cut to "…": the texts wrap.
 */
final class LessonPanel {
    private final VBox box = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(box);
    private final Label lessonTitle = label("lessonTitle", "lesson-title");
    private final Label position = label("lessonSlideNo", "lesson-position");
    private final Label slideTitle = label("lessonSlideTitle", "lesson-slide-title");
    private final Label caption = label("lessonCaption", "lesson-caption");
    private final Label question = label("lessonQuestion", "lesson-question");
    private final Label state = label("lessonState", "lesson-state");
    private final Button back = new Button("◀ Back");
    private final Button next = new Button("Next ▶");
    private final Button close = new Button("×");
    private LessonDeck deck;

    LessonPanel(Runnable onClose) {
        back.setId("lessonBack");
        next.setId("lessonNext");
        close.setId("lessonClose");
        back.setTooltip(new Tooltip("Previous slide, set up afresh (PageUp)"));
        next.setTooltip(new Tooltip("Next slide, set up afresh (PageDown)"));
        close.setTooltip(new Tooltip("Close the lesson (the run stays as it is)"));
        back.setOnAction(e -> deck.back());
        next.setOnAction(e -> deck.next());
        close.setOnAction(e -> onClose.run());
        for (Button b : new Button[] {back, next, close}) {
            b.setFocusTraversable(false); // the keys stay with the window
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never cut to "…"
        }
        position.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        position.setWrapText(false);
        HBox.setHgrow(lessonTitle, Priority.ALWAYS);
        lessonTitle.setMaxWidth(Double.MAX_VALUE);
        HBox head = new HBox(6, lessonTitle, close);
        head.setAlignment(Pos.TOP_LEFT);
        HBox nav = new HBox(8, back, position, next);
        nav.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(head, nav, slideTitle, caption, question, state);
        box.setPadding(new Insets(12));
        box.getStyleClass().add("lesson-panel");
        scroll.setId("lessonPanel");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(330);
        scroll.setMinWidth(240);
        scroll.getStyleClass().add("lesson-scroll");
    }

    private static Label label(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    ScrollPane node() {
        return scroll;
    }

    /** Shows {@code d}'s current slide and follows it from now on. */
    void show(LessonDeck d) {
        if (deck != d) {
            deck = d;
            d.addListener(x -> refresh());
        }
        refresh();
    }

    /** A line under the question: the slide being set up, ready, or a problem. */
    void state(String text) {
        state.setText(text);
    }

    private void refresh() {
        Slide s = deck.slide();
        lessonTitle.setText("lesson: " + deck.lesson().title());
        position.setText(deck.position());
        slideTitle.setText(s.title());
        caption.setText(s.caption());
        question.setText(s.question().isEmpty() ? "" : "? " + s.question());
        question.setVisible(!s.question().isEmpty());
        question.setManaged(!s.question().isEmpty());
        back.setDisable(!deck.hasBack());
        next.setDisable(!deck.hasNext());
    }
}
