package org.flowexplorer.core.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.math.RandomStreams;
import org.flowexplorer.core.math.RandomStreams.Purpose;

/**
 * Targets drawn from a picture ({@code image:PATH}, PNG or JPEG, read with {@code javax.imageio}).
 * Each pixel gets a weight: its opacity α when the picture has transparent pixels, otherwise its
 * darkness {@code 1 − L} for pixels darker than mid-grey ({@code L < 0.5}, L the Rec. 709 luma of
 * the 8-bit channels) and 0 for the rest. M points are drawn with the run's seed: a pixel with
 * probability proportional to its weight, then a uniform position inside it. The drawn part (the
 * bounding box of the pixels of positive weight) is centred at the origin and scaled so that its
 * longer side spans [−2, 2] (the box of the checkerboard and the Swiss roll), y pointing up.
 * Shipped pictures are named {@code image:builtin:NAME}.
 */
public final class ImageDataset {
    /** Prefix of an image dataset id. */
    public static final String PREFIX = "image:";
    /** Prefix (after {@link #PREFIX}) of a picture shipped with the application. */
    public static final String BUILTIN = "builtin:";
    /** The pictures shipped under {@code org/flowexplorer/images/NAME.png}. */
    public static final java.util.List<String> BUILTINS = java.util.List.of("cat");
    /** Largest picture accepted, in pixels. */
    public static final long MAX_PIXELS = 4096L * 4096L;
    /** Half the side of the box the longer side of the picture is scaled to. */
    static final double HALF_SIDE = 2.0;

    private ImageDataset() {
    }

    /** {@code m} targets from the picture of {@code spec} ({@code image:PATH} or {@code image:builtin:NAME}). */
    public static Dataset generate(String spec, int m, long seed) {
        String where = spec.substring(PREFIX.length());
        if (where.isBlank()) {
            throw InputException.forKey("dataset", "image: needs a file path, as in image:picture.png");
        }
        if (m < 1) {
            throw InputException.forKey("targets", "must be at least 1, got " + m);
        }
        BufferedImage img = where.startsWith(BUILTIN) ? builtin(where.substring(BUILTIN.length())) : file(Path.of(where));
        return new Dataset(spec, sample(img, m, new RandomStreams(seed).stream(Purpose.TARGETS, 0), where), null);
    }

    /** The weight of each pixel, row by row from the top (see the class comment). */
    static double[] weights(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        boolean transparent = img.getColorModel().hasAlpha() && Arrays.stream(argb).anyMatch(c -> c >>> 24 < 255);
        double[] out = new double[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int c = argb[i];
            if (transparent) {
                out[i] = (c >>> 24) / 255.0;
            } else {
                double luma = (0.2126 * (c >> 16 & 0xFF) + 0.7152 * (c >> 8 & 0xFF) + 0.0722 * (c & 0xFF)) / 255.0;
                out[i] = luma < 0.5 ? 1 - luma : 0;
            }
        }
        return out;
    }

    static PointSet sample(BufferedImage img, int m, SplittableRandom rng, String source) {
        int w = img.getWidth();
        int h = img.getHeight();
        double[] cumulative = weights(img);
        for (int i = 1; i < cumulative.length; i++) {
            cumulative[i] += cumulative[i - 1];
        }
        double total = cumulative[cumulative.length - 1];
        if (!(total > 0)) {
            throw new InputException(source, 0, 0, "the picture has no dark or opaque pixels to draw targets from");
        }
        int x0 = w;
        int x1 = -1;
        int y0 = h;
        int y1 = -1;
        for (int i = 0; i < cumulative.length; i++) {
            if (cumulative[i] > (i == 0 ? 0 : cumulative[i - 1])) {
                x0 = Math.min(x0, i % w);
                x1 = Math.max(x1, i % w);
                y0 = Math.min(y0, i / w);
                y1 = Math.max(y1, i / w);
            }
        }
        double scale = 2 * HALF_SIDE / (Math.max(x1 - x0, y1 - y0) + 1);
        double cx = (x0 + x1 + 1) / 2.0;
        double cy = (y0 + y1 + 1) / 2.0;
        double[] out = new double[2 * m];
        for (int k = 0; k < m; k++) {
            double u = rng.nextDouble() * total;
            int i = Arrays.binarySearch(cumulative, u);
            i = i >= 0 ? i + 1 : -i - 1; // first pixel whose cumulative weight exceeds u
            i = Math.min(i, cumulative.length - 1);
            double px = i % w + rng.nextDouble();
            double py = i / w + rng.nextDouble();
            out[2 * k] = (px - cx) * scale;
            out[2 * k + 1] = (cy - py) * scale;
        }
        return PointSet.wrap(2, out);
    }

    private static BufferedImage file(Path path) {
        String name = path.toString();
        if (!Files.isRegularFile(path)) {
            throw new InputException(name, 0, 0, Files.isDirectory(path) ? "is a directory, expected a PNG or JPEG picture"
                    : "no such file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return decode(in, name);
        } catch (IOException e) {
            throw new InputException(name, 0, 0, "cannot read the picture: " + e.getMessage());
        }
    }

    private static BufferedImage builtin(String name) {
        if (!BUILTINS.contains(name)) {
            throw InputException.forKey("dataset", "no shipped picture '" + name + "' (shipped: "
                    + String.join(", ", BUILTINS) + ")");
        }
        try (InputStream in = ImageDataset.class.getResourceAsStream("/org/flowexplorer/images/" + name + ".png")) {
            if (in == null) {
                throw new IllegalStateException("missing built-in picture " + name);
            }
            return decode(in, name);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in picture " + name, e);
        }
    }

    /** Decodes the first image of {@code in}, checking its size before any pixel is decoded. */
    private static BufferedImage decode(InputStream in, String name) throws IOException {
        try (ImageInputStream stream = new MemoryCacheImageInputStream(in)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                throw new InputException(name, 0, 0, "not a PNG or JPEG picture");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if ((long) w * h > MAX_PIXELS) {
                    throw new InputException(name, 0, 0, "the picture has " + w + "x" + h
                            + " pixels; at most 4096x4096 are accepted");
                }
                return reader.read(0);
            } catch (IOException | RuntimeException e) {
                if (e instanceof InputException ie) {
                    throw ie;
                }
                throw new InputException(name, 0, 0, "not a readable PNG or JPEG picture (" + e.getMessage() + ")");
            } finally {
                reader.dispose();
            }
        }
    }
}
