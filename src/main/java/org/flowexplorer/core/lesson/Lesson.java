package org.flowexplorer.core.lesson;

import java.util.List;

/**
 * A deck of slides for a class.
 *
 * @param name        the id on the command line and in menus (the file name without {@code .json})
 * @param title       the heading of the lesson
 * @param description one line for lists
 * @param slides      at least one slide
 * @param builtIn     true for the lessons shipped with the application
 */
public record Lesson(String name, String title, String description, List<Slide> slides, boolean builtIn) {
    public Lesson {
        slides = List.copyOf(slides);
        if (slides.isEmpty()) {
            throw new IllegalArgumentException("a lesson needs at least one slide");
        }
    }
}
