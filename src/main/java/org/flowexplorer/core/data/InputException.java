package org.flowexplorer.core.data;

/**
 * Bad input found at the boundary (a file, a key, a command-line value). Carries where the
 * problem is so that the CLI can print one line and exit with code 2, and the GUI can show a
 * notification, never a stack trace.
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

    private static String format(String source, int line, int column, String problem) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
            sb.append(": ");
        }
        return sb.append(problem).toString();
    }
}
