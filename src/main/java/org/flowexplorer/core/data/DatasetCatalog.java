package org.flowexplorer.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import org.flowexplorer.core.math.PointSet;
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
        throw InputException.forKey("dataset", "unknown dataset '" + Excerpt.of(id) + "'; known: "
                + String.join(", ", names()) + ", csv:PATH, image:PATH");
    }

    /**
     * The targets of {@code spec}: {@code m} points drawn from {@code seed} for a generated dataset,
     * or every row of the file for {@code csv:PATH} ({@code m} and the seed do not apply), or
     * {@code m} points drawn from a picture for {@code image:PATH} (see {@link ImageDataset}).
     */
    public static Dataset generate(String spec, int m, long seed) {
        return generate(spec, m, seed, null);
    }

    /**
     * As {@link #generate(String, int, long)}; for a {@code csv:} dataset with {@code expectedSha256}
     * (lower-case hex, or null for no check) the file must still have that SHA-256, else an
     * {@link InputException} says it was changed since the configuration was made.
     */
    public static Dataset generate(String spec, int m, long seed, String expectedSha256) {
        if (spec == null || spec.isBlank()) {
            throw InputException.forKey("dataset", "is empty");
        }
        if (spec.startsWith(CSV_PREFIX)) {
            Path file = csvPath(spec);
            MessageDigest digest = sha256();
            PointSet points = PointCsvReader.read(file, digest);
            String actual = HexFormat.of().formatHex(digest.digest());
            if (expectedSha256 != null && !expectedSha256.equals(actual)) {
                throw InputException.forKey("dataset", Excerpt.ends(file.toString(), 80)
                        + " has changed since the configuration was saved (SHA-256 " + actual.substring(0, 12)
                        + "…, recorded " + expectedSha256.substring(0, Math.min(12, expectedSha256.length()))
                        + "…); to use the file as it is now, pass --set dataset=csv:PATH");
            }
            return new Dataset(spec, points, null);
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

    /** The file of a {@code csv:PATH} dataset id. */
    public static Path csvPath(String spec) {
        String path = spec.substring(CSV_PREFIX.length());
        if (path.isBlank()) {
            throw InputException.forKey("dataset", "csv: needs a file path, as in csv:points.csv");
        }
        try {
            return Path.of(path);
        } catch (InvalidPathException e) {
            throw InputException.forKey("dataset", "'" + Excerpt.of(path, 80) + "' is not a valid file path");
        }
    }

    /** The SHA-256 (lower-case hex) of a file's bytes; an {@link InputException} if it cannot be read. */
    public static String fileSha256(Path file) {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException | SecurityException e) {
            throw new InputException(file.toString(), 0, 0, "cannot read: " + Excerpt.of(String.valueOf(e.getMessage()), 80));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
