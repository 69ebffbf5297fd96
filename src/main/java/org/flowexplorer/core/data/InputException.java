package org.flowexplorer.core.data;

/**
 * Bad input found at the boundary (a file, a key, a command-line value). Carries where the
 * problem is so that the CLI can print one line and exit with code 2, and the GUI can show a
 * notification, never a stack trace. The message is always one bounded line: control characters
 * are escaped and over-long parts cut, so that no input can flood or drive the terminal.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param source the file name or key the problem is in (null if none)
     * @param line   1-based line, or 0 when not applicable
     * @param column 1-based column, or 0 when not applicable
     * @param problem what is wrong, in one sentence without a trailing period
     */
    public InputException(String source, int line, int column, String problem) {
        super(format(source, line, column, problem));
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** A problem with a named key or option and no position. */
    public static InputException forKey(String key, String problem) {
        return new InputException(key, 0, 0, problem);
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }

    /** Longest message: a problem that quotes input without bounding it is cut here. */
    static final int MAX_PROBLEM = 400;
    /** Longest file name or key shown (its start and end are kept). */
    static final int MAX_SOURCE = 160;

    /**
     * "source:line:column: problem" on one line, bounded in length and with control characters
     * escaped (see {@link Excerpt}), whatever the source and the problem contain.
     */
    private static String format(String source, int line, int column, String problem) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(Excerpt.ends(source, MAX_SOURCE));
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
            sb.append(": ");
        }
        return sb.append(Excerpt.of(problem, MAX_PROBLEM)).toString();
    }
}
