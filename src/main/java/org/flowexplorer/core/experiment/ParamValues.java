package org.flowexplorer.core.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checked values of an experiment's {@link Param}s, defaults filled in. Built by
 * {@link #parse}; the getters throw if an experiment asks for a setting it did not declare.
 */
public final class ParamValues {
    private final List<Param> params;
    private final Map<String, Object> values;

    private ParamValues(List<Param> params, Map<String, Object> values) {
        this.params = List.copyOf(params);
        this.values = values;
    }

    /**
     * Checks the given texts against {@code params}.
     *
     * @param given texts per parameter name (missing names take their defaults)
     * @throws IllegalArgumentException "name: problem" for the first bad or unknown setting
     */
    public static ParamValues parse(List<Param> params, Map<String, List<String>> given) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (Param p : params) {
            v.put(p.name(), p.parse(given.getOrDefault(p.name(), List.of())));
        }
        for (String k : given.keySet()) {
            if (!v.containsKey(k)) {
                throw new IllegalArgumentException(k + ": not a setting of this experiment");
            }
        }
        return new ParamValues(params, v);
    }

    /** The defaults with some settings given as single texts, e.g. {@code of(params, "seeds", "3")}. */
    public static ParamValues of(List<Param> params, String... nameValuePairs) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (int k = 0; k + 1 < nameValuePairs.length; k += 2) {
            given.computeIfAbsent(nameValuePairs[k], x -> new ArrayList<>()).add(nameValuePairs[k + 1]);
        }
        return parse(params, given);
    }

    private Object get(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalStateException("undeclared setting " + name);
        }
        return values.get(name);
    }

    public int integer(String name) {
        return Math.toIntExact((Long) get(name));
    }

    public long longValue(String name) {
        return (Long) get(name);
    }

    public double real(String name) {
        return (Double) get(name);
    }

    public String text(String name) {
        return (String) get(name);
    }

    @SuppressWarnings("unchecked")
    public List<String> texts(String name) {
        return (List<String>) get(name);
    }

    /** "name = value" for every setting, in declaration order (for reports). */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        for (Param p : params) {
            out.add(p.name() + " = " + values.get(p.name()));
        }
        return out;
    }
}
