package org.flowexplorer.app.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.flowexplorer.core.lesson.Lesson;
import org.flowexplorer.core.lesson.Slide;

/**
 * The lesson being presented and the slide on show: the view model of the lesson panel, free of
 * JavaFX. Moving to a slide (Next, Back, or a jump) tells the listeners, which set up the slide's
 * state; asking for the same slide again sets it up again (Next always restores the prepared state).
 */
public final class LessonDeck {
    private final Lesson lesson;
    private final List<Consumer<LessonDeck>> listeners = new ArrayList<>();
    private int index;

    public LessonDeck(Lesson lesson) {
        this.lesson = lesson;
    }

    public Lesson lesson() {
        return lesson;
    }

    /** Index of the slide on show, from 0. */
    public int index() {
        return index;
    }

    public Slide slide() {
        return lesson.slides().get(index);
    }

    public int size() {
        return lesson.slides().size();
    }

    public boolean hasNext() {
        return index < size() - 1;
    }

    public boolean hasBack() {
        return index > 0;
    }

    /** Shows the next slide; false (nothing happens) on the last one. */
    public boolean next() {
        return hasNext() && go(index + 1);
    }

    /** Shows the previous slide; false (nothing happens) on the first one. */
    public boolean back() {
        return hasBack() && go(index - 1);
    }

    /** Shows slide {@code i} (set up afresh even if it is on show already). */
    public boolean go(int i) {
        if (i < 0 || i >= size()) {
            throw new IllegalArgumentException("slide " + i + " of " + size());
        }
        index = i;
        listeners.forEach(l -> l.accept(this));
        return true;
    }

    public void addListener(Consumer<LessonDeck> l) {
        listeners.add(l);
    }

    /** "slide 2 / 6". */
    public String position() {
        return "slide " + (index + 1) + " / " + size();
    }
}
