package org.flowexplorer.app.control;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses the text of a numeric field into a value within bounds, or explains in one sentence why
 * it cannot. Pure logic: the field itself keeps the last good value when a parse fails.
 *
 * @param label   the symbol shown to the user, e.g. {@code "N"}
 * @param min     the smallest accepted value
 * @param max     the largest accepted value
 * @param integer true if only whole numbers are accepted
 */
public record NumberInput(String label, double min, double max, boolean integer) {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    public static NumberInput integer(String label, long min, long max) {
        return new NumberInput(label, min, max, true);
    }

    public static NumberInput decimal(String label, double min, double max) {
        return new NumberInput(label, min, max, false);
    }

    /** Parses {@code text}; never throws. */
    public ParsedNumber parse(String text) {
        String s = text == null ? "" : text.trim().replace('_', ' ').replace(" ", "");
        if (s.isEmpty()) {
            return new ParsedNumber(null, label + ": enter a number");
        }
        if (!DECIMAL.matcher(s).matches()) {
            return new ParsedNumber(null, label + ": '" + text.trim() + "' is not a number");
        }
        double v = Double.parseDouble(s);
        if (!Double.isFinite(v)) {
            return new ParsedNumber(null, label + ": '" + text.trim() + "' is too large");
        }
        if (integer && v != Math.rint(v)) {
            return new ParsedNumber(null, label + ": must be a whole number, got " + text.trim());
        }
        if (v < min || v > max) {
            return new ParsedNumber(null, label + ": must be between " + format(min) + " and " + format(max)
                    + ", got " + text.trim());
        }
        return new ParsedNumber(v, null);
    }

    /** The value as the field shows it. */
    public String format(double v) {
        if (integer || v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("\\.?0+($|e)", "$1");
    }
}
