package org.flowexplorer.core.data;

/**
 * Text from a user's input made safe to show in one line of an error message: control and
 * formatting characters (line breaks, tabs, the ESC of terminal escape sequences, bidi overrides)
 * become visible escapes such as {@code \n} or {@code \u001b}, and anything beyond a length limit
 * is cut with an ellipsis and the original length. So a message never grows with its input, never
 * spans lines and never drives the terminal.
 */
public final class Excerpt {
    /** The default number of characters kept from an echoed value. */
    public static final int SHORT = 16;

    private Excerpt() {
    }

    /** {@code text} escaped and cut to at most {@link #SHORT} characters of content. */
    public static String of(String text) {
        return of(text, SHORT);
    }

    /** {@code text} escaped and cut to at most {@code max} characters of content (null → "null"). */
    public static String of(String text, int max) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max) + 16);
        int kept = 0;
        int i = 0;
        for (; i < text.length() && kept < max; i++, kept++) {
            appendEscaped(sb, text.charAt(i));
        }
        if (i < text.length()) {
            sb.append("… (").append(text.length()).append(" characters)");
        }
        return sb.toString();
    }

    /** The start and the end of a long {@code text} (a path: its file name matters), escaped. */
    public static String ends(String text, int max) {
        if (text == null || text.length() <= max) {
            return of(text, max);
        }
        int head = max / 3;
        int tail = max - head;
        return of(text.substring(0, head), head) + "…" + of(text.substring(text.length() - tail), tail);
    }

    private static void appendEscaped(StringBuilder sb, char c) {
        switch (c) {
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            default -> {
                int type = Character.getType(c);
                if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
                        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                        || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                    sb.append(String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
    }
}
