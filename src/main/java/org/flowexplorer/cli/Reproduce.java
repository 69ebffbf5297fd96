package org.flowexplorer.cli;

import org.flowexplorer.core.data.InputException;

/** Helpers shared by the reproduce subcommands. */
final class Reproduce {
    private Reproduce() {
    }

    /** "key: problem" from a core settings record → a one-line error naming the option --key. */
    static InputException option(IllegalArgumentException e) {
        String m = e.getMessage() == null ? "bad value" : e.getMessage();
        int colon = m.indexOf(": ");
        if (colon > 0 && !m.substring(0, colon).contains(" ")) {
            return InputException.forKey("--" + m.substring(0, colon), m.substring(colon + 2));
        }
        return InputException.forKey("options", m);
    }
}
