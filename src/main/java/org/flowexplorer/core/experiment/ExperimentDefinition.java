package org.flowexplorer.core.experiment;

import java.util.List;
import java.util.Map;

/**
 * An experiment as the command line lists it: its name, what it reproduces, the files it
 * writes, its settings and how to build it from checked values and a thread count.
 *
 * @param name        subcommand name, e.g. {@code table-25}
 * @param description what it reproduces (first line of the help)
 * @param files       the files it writes
 * @param params      its settings
 * @param factory     builds the experiment
 */
public record ExperimentDefinition(String name, String description, List<String> files, List<Param> params,
                                   Factory factory) {
    /** Builds an experiment from checked settings. */
    @FunctionalInterface
    public interface Factory {
        Experiment<?> create(ParamValues values, int threads);
    }

    public ExperimentDefinition {
        files = List.copyOf(files);
        params = List.copyOf(params);
    }

    /**
     * The experiment for the given setting texts.
     *
     * @throws IllegalArgumentException "name: problem" for a bad setting
     */
    public Experiment<?> create(Map<String, List<String>> given, int threads) {
        return factory.create(ParamValues.parse(params, given), threads);
    }
}
