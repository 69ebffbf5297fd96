package org.flowexplorer.core.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flowexplorer.core.math.RandomStreams;
import org.flowexplorer.core.math.RandomStreams.Purpose;

/**
 * Resolves a dataset id ({@code 25gaussians}, {@code swissroll3d}, {@code csv:PATH},
 * {@code image:PATH}, …) to a target sample drawn from a seed.
 */
public final class DatasetCatalog {
    /** Prefix of the id of a dataset read from a CSV file. */
    public static final String CSV_PREFIX = "csv:";

    private DatasetCatalog() {
    }

    /** The ids of the generated datasets, in menu order. */
    public static List<String> names() {
        List<String> ids = new ArrayList<>();
        for (SyntheticDataset d : SyntheticDataset.values()) {
            ids.add(d.id());
        }
        return ids;
    }

    /** The generated dataset with this id. */
    public static SyntheticDataset synthetic(String id) {
        for (SyntheticDataset d : SyntheticDataset.values()) {
            if (d.id().equals(id)) {
                return d;
            }
        }
        throw InputException.forKey("dataset", "unknown dataset '" + id + "'; known: "
                + String.join(", ", names()) + ", csv:PATH, image:PATH");
    }

    /**
     * The targets of {@code spec}: {@code m} points drawn from {@code seed} for a generated dataset,
     * or every row of the file for {@code csv:PATH} ({@code m} and the seed do not apply), or
     * {@code m} points drawn from a picture for {@code image:PATH} (see {@link ImageDataset}).
     */
    public static Dataset generate(String spec, int m, long seed) {
        if (spec == null || spec.isBlank()) {
            throw InputException.forKey("dataset", "is empty");
        }
        if (spec.startsWith(CSV_PREFIX)) {
            String path = spec.substring(CSV_PREFIX.length());
            if (path.isBlank()) {
                throw InputException.forKey("dataset", "csv: needs a file path, as in csv:points.csv");
            }
            return new Dataset(spec, PointCsvReader.read(Path.of(path)), null);
        }
        if (spec.startsWith(ImageDataset.PREFIX)) {
            return ImageDataset.generate(spec, m, seed);
        }
        SyntheticDataset d = synthetic(spec);
        if (m < 1) {
            throw InputException.forKey("targets", "must be at least 1, got " + m);
        }
        return new Dataset(spec, d.sample(m, new RandomStreams(seed).stream(Purpose.TARGETS, 0)), d.mixture());
    }
}
