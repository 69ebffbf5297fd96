package org.flowexplorer.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code image:PATH}: where the targets fall, how often, how the picture is scaled, and bad files. */
class ImageDatasetTest {
    @TempDir
    Path dir;

    @Test
    void shippedCatIsTheDrawingAndItsTargetsFallOnItsDarkPixels() throws IOException {
        BufferedImage shipped;
        try (InputStream in = getClass().getResourceAsStream("/org/flowexplorer/images/cat.png")) {
            shipped = ImageIO.read(in);
        }
        BufferedImage drawn = CatPicture.draw();
        double[] a = ImageDataset.weights(shipped);
        double[] b = ImageDataset.weights(drawn);
        int differ = 0;
        for (int i = 0; i < a.length; i++) {
            differ += (a[i] > 0) != (b[i] > 0) ? 1 : 0;
        }
        assertTrue(differ < a.length / 500, differ + " pixels differ between cat.png and CatPicture.draw()");

        Dataset cat = DatasetCatalog.generate("image:builtin:cat", 3000, 4);
        assertNull(cat.mixture());
        assertEquals(cat.points(), DatasetCatalog.generate("image:builtin:cat", 3000, 4).points());
        assertNotEquals(cat.points(), DatasetCatalog.generate("image:builtin:cat", 3000, 5).points());
        double[] box = bounds(cat.points());
        assertTrue(box[0] >= -2 && box[1] <= 2 && box[2] >= -2 && box[3] <= 2, java.util.Arrays.toString(box));
        assertTrue(box[3] - box[2] > 3.9, "the taller side spans the box: " + (box[3] - box[2]));
        // map each target back to its pixel: the cat's bounding box is centred and 4 units tall
        int[] bb = darkBounds(a, shipped.getWidth());
        double scale = 4.0 / (Math.max(bb[1] - bb[0], bb[3] - bb[2]) + 1);
        for (int k = 0; k < 3000; k++) {
            int px = (int) Math.floor(cat.points().get(k, 0) / scale + (bb[0] + bb[1] + 1) / 2.0);
            int py = (int) Math.floor((bb[2] + bb[3] + 1) / 2.0 - cat.points().get(k, 1) / scale);
            assertTrue(a[py * shipped.getWidth() + px] > 0, "target " + k + " on a light pixel " + px + "," + py);
        }
    }

    @Test
    void transparentPicturesDrawInProportionToOpacity() throws IOException {
        BufferedImage img = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, 0xFFFFFFFF);      // opaque white: weight 1
        img.setRGB(1, 0, 0x55000000);      // one third opaque black: weight 1/3
        Path png = dir.resolve("two.png");
        ImageIO.write(img, "png", png.toFile());
        int m = 40_000;
        PointSet p = DatasetCatalog.generate("image:" + png, m, 1).points();
        int left = 0;
        for (int k = 0; k < m; k++) {
            left += p.get(k, 0) < 0 ? 1 : 0;
            assertTrue(Math.abs(p.get(k, 1)) <= 1.0, "a 2x1 picture is 4 wide and 2 tall");
        }
        double expected = 0.75;
        double se = Math.sqrt(expected * (1 - expected) / m);
        assertEquals(expected, left / (double) m, 4 * se);
    }

    @Test
    void opaquePicturesDrawFromPixelsDarkerThanMidGreyWeightedByDarkness() {
        BufferedImage img = new BufferedImage(3, 1, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0x000000);
        img.setRGB(1, 0, 0x808080);
        img.setRGB(2, 0, 0x404040);
        double[] w = ImageDataset.weights(img);
        assertEquals(1.0, w[0], 1e-12);
        assertEquals(0.0, w[1]);
        assertEquals(1 - 0x40 / 255.0, w[2], 1e-12);
    }

    @Test
    void jpegWorksLikePng() throws IOException {
        Path jpg = dir.resolve("cat.jpg");
        BufferedImage cat = CatPicture.draw();
        assertTrue(ImageIO.write(cat, "jpeg", jpg.toFile()));
        PointSet p = DatasetCatalog.generate("image:" + jpg, 500, 0).points();
        assertEquals(500, p.size());
        assertTrue(p.allFinite());
    }

    @Test
    void badPicturesAreOneClearLine() throws IOException {
        Path text = dir.resolve("notes.png");
        Files.writeString(text, "not a picture");
        InputException e = assertThrows(InputException.class, () -> DatasetCatalog.generate("image:" + text, 10, 0));
        assertEquals(text.toString(), e.source());
        assertTrue(e.getMessage().contains("not a PNG or JPEG picture"), e.getMessage());

        Path white = dir.resolve("white.png");
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        img.getGraphics().fillRect(0, 0, 4, 4);
        ImageIO.write(img, "png", white.toFile());
        e = assertThrows(InputException.class, () -> DatasetCatalog.generate("image:" + white, 10, 0));
        assertTrue(e.getMessage().contains("no dark or opaque pixels"), e.getMessage());

        Path huge = dir.resolve("huge.png");
        ImageIO.write(new BufferedImage(4100, 4100, BufferedImage.TYPE_BYTE_BINARY), "png", huge.toFile());
        e = assertThrows(InputException.class, () -> DatasetCatalog.generate("image:" + huge, 10, 0));
        assertTrue(e.getMessage().contains("4100x4100"), e.getMessage());

        assertTrue(assertThrows(InputException.class, () -> DatasetCatalog.generate("image:" + dir.resolve("nope.png"), 10, 0))
                .getMessage().endsWith("no such file"));
        assertTrue(assertThrows(InputException.class, () -> DatasetCatalog.generate("image:", 10, 0))
                .getMessage().contains("needs a file path"));
        assertTrue(assertThrows(InputException.class, () -> DatasetCatalog.generate("image:builtin:dog", 10, 0))
                .getMessage().contains("shipped: cat"));
    }

    private static double[] bounds(PointSet p) {
        double[] b = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int k = 0; k < p.size(); k++) {
            b[0] = Math.min(b[0], p.get(k, 0));
            b[1] = Math.max(b[1], p.get(k, 0));
            b[2] = Math.min(b[2], p.get(k, 1));
            b[3] = Math.max(b[3], p.get(k, 1));
        }
        return b;
    }

    private static int[] darkBounds(double[] w, int width) {
        int[] b = {Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1};
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0) {
                b[0] = Math.min(b[0], i % width);
                b[1] = Math.max(b[1], i % width);
                b[2] = Math.min(b[2], i / width);
                b[3] = Math.max(b[3], i / width);
            }
        }
        return b;
    }
}
