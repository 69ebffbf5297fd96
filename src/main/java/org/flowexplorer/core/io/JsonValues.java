package org.flowexplorer.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.flowexplorer.core.data.Excerpt;
import org.flowexplorer.core.data.InputException;

/**
 * The typed values of configuration keys as a JSON parser meets them (string, whole number in
 * range, finite number, true/false, null where allowed), and errors that point at the file, line
 * and column.
 */
final class JsonValues {
    private JsonValues() {
    }

    static Object read(JsonParser p, ConfigKey key, String source) throws IOException {
        return read(p, key.type, key.key, source);
    }

    /** Reads the current value as {@code type}; errors name {@code name} and the position. */
    static Object read(JsonParser p, ConfigKey.Type type, String name, String source) throws IOException {
        JsonToken t = p.currentToken();
        JsonLocation where = p.currentTokenLocation();
        switch (type) {
            case STRING:
                if (t == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                throw at(source, where, name + ": expected a string");
            case BOOLEAN:
                if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                    return p.getBooleanValue();
                }
                throw at(source, where, name + ": expected true or false");
            case INT:
            case LONG:
                if (t != JsonToken.VALUE_NUMBER_INT) {
                    throw at(source, where, name + ": expected a whole number");
                }
                if (type == ConfigKey.Type.INT) {
                    if (p.getNumberType() != JsonParser.NumberType.INT) {
                        throw at(source, where, name + ": number out of range");
                    }
                    return p.getIntValue();
                }
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw at(source, where, name + ": number out of range");
                }
                return p.getLongValue();
            default:
                if (t == JsonToken.VALUE_NULL && type == ConfigKey.Type.NULLABLE_DOUBLE) {
                    return null;
                }
                if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                    throw at(source, where, name + ": expected a number");
                }
                double v = p.getDoubleValue();
                if (!Double.isFinite(v)) {
                    throw at(source, where, name + ": number is not finite: " + Excerpt.of(p.getText()));
                }
                return v;
        }
    }

    /** An error at a parser location (file, line, column). */
    static InputException at(String source, JsonLocation loc, String message) {
        return new InputException(source, loc.getLineNr(), loc.getColumnNr(), message);
    }
}
