package org.flowexplorer.cli;

import picocli.CommandLine.TypeConversionException;

/** Converts option text to a double, rejecting NaN, infinities and overflow such as 1e309. */
final class FiniteDouble {
    private FiniteDouble() {
    }

    static Double parse(String text) {
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new TypeConversionException("'" + text + "' is not a finite number");
        }
        return v;
    }
}
