package org.flowexplorer.app.control;

/**
 * The outcome of parsing a numeric field: a value, or an error message (exactly one is set).
 *
 * @param value the parsed value, or null
 * @param error what is wrong with the text, or null
 */
public record ParsedNumber(Double value, String error) {
    public boolean ok() {
        return error == null;
    }
}
