package org.flowexplorer.core.experiment;

import java.util.List;
import java.util.Locale;

/**
 * One setting of an experiment: its name (the CLI option {@code --name}), kind, default, range
 * and description. The range check lives here once, so every experiment and the command line
 * report a bad value the same way: {@code "name: must be between a and b, got x"}.
 *
 * @param name         key, e.g. {@code seeds}
 * @param kind         value type
 * @param defaultValue default as text ({@code null}: required for single values; a list defaults to empty)
 * @param min          smallest allowed number (numbers only)
 * @param max          largest allowed number (numbers only)
 * @param label        placeholder in the help, e.g. {@code N}
 * @param description  one sentence for the help and the report
 */
public record Param(String name, Kind kind, String defaultValue, double min, double max, String label,
                    String description) {
    /** Value types. */
    public enum Kind {
        /** A whole number (parsed as long, range-checked). */
        INTEGER,
        /** A finite real number. */
        REAL,
        /** Free text. */
        TEXT,
        /** Repeatable free text. */
        TEXT_LIST
    }

    public static Param integer(String name, long defaultValue, long min, long max, String label, String description) {
        return new Param(name, Kind.INTEGER, Long.toString(defaultValue), min, max, label, description);
    }

    public static Param real(String name, double defaultValue, double min, double max, String label,
                             String description) {
        return new Param(name, Kind.REAL, Double.toString(defaultValue), min, max, label, description);
    }

    public static Param text(String name, String defaultValue, String label, String description) {
        return new Param(name, Kind.TEXT, defaultValue, Double.NaN, Double.NaN, label, description);
    }

    public static Param texts(String name, String label, String description) {
        return new Param(name, Kind.TEXT_LIST, null, Double.NaN, Double.NaN, label, description);
    }

    /**
     * The value of this setting from the texts given for it (empty: the default).
     *
     * @throws IllegalArgumentException "name: problem" when a value is malformed or out of range
     */
    public Object parse(List<String> given) {
        if (kind == Kind.TEXT_LIST) {
            return List.copyOf(given);
        }
        if (given.size() > 1) {
            throw new IllegalArgumentException(name + ": give it once, got " + given.size() + " values");
        }
        String text = given.isEmpty() ? defaultValue : given.get(0);
        if (text == null) {
            throw new IllegalArgumentException(name + ": missing");
        }
        return switch (kind) {
            case INTEGER -> checked(parseLong(text));
            case REAL -> checkedReal(parseReal(text));
            default -> text;
        };
    }

    private long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + text + "' is not a whole number");
        }
    }

    private double parseReal(String text) {
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + ": '" + text + "' is not a finite number");
    }

    private long checked(long v) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: must be between %d and %d, got %d", name,
                    (long) min, (long) max, v));
        }
        return v;
    }

    private double checkedReal(double v) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: must be between %s and %s, got %s",
                    name, min, max, v));
        }
        return v;
    }
}
