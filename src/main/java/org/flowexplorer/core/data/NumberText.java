package org.flowexplorer.core.data;

import java.util.regex.Pattern;

/**
 * Which cell texts count as numbers: plain decimal literals with optional sign, fraction and
 * exponent. Also the literals {@code NaN} and {@code Infinity} (so that they are reported as
 * non-finite rather than as a header). Java-only forms such as {@code 1d} or hex floats are not.
 */
final class NumberText {
    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?((\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|NaN|nan|Infinity|inf|Inf)");

    private NumberText() {
    }

    static boolean looksNumeric(String s) {
        return NUMBER.matcher(s).matches();
    }
}
