package org.flowexplorer.core.lesson;

import org.flowexplorer.core.sim.RunConfig;

/**
 * One slide of a lesson: what to say, what to ask, and the exact state to set up.
 *
 * @param title    short heading
 * @param caption  two or three sentences for the class
 * @param question a question to put to the class (may be empty)
 * @param config   the run: data, start, seed, dynamics at step 0 and the changes at later steps;
 *                 its {@code steps} is where the run pauses for the question
 * @param start    the step the slide opens at (0 ≤ start ≤ pause), reached by running the config
 */
public record Slide(String title, String caption, String question, RunConfig config, int start) {
    public Slide {
        if (start < 0 || start > config.steps()) {
            throw new IllegalArgumentException("start: must be between 0 and the pause step " + config.steps()
                    + ", got " + start);
        }
    }

    /** The step where the run pauses for the question. */
    public int pause() {
        return config.steps();
    }
}
