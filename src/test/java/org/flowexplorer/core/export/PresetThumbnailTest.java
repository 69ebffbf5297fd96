package org.flowexplorer.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.flowexplorer.core.io.Preset;
import org.flowexplorer.core.io.PresetLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Preset thumbnails: the ones shipped for the built-in presets are up to date (each carries its
 * preset's configuration as it is now), and a thumbnail is the rasterizer's picture of the preset's
 * final state. Regenerate the shipped ones after changing a preset (about 10 minutes on 2 cores):
 * {@code mvn -q test -Dtest=PresetThumbnailTest -Dthumbnails.regenerate=true}.
 */
class PresetThumbnailTest {
    static final Path SHIPPED = Path.of("src/main/resources/org/flowexplorer/presets/thumbnails");

    @Test
    void everyBuiltInPresetShipsAThumbnailOfItsCurrentConfiguration() {
        for (Preset p : new PresetLibrary().all()) {
            Path png = SHIPPED.resolve(p.name() + ".png");
            assertTrue(PresetThumbnail.matches(png, p), png + " is missing or was made from another configuration;"
                    + " regenerate with -Dthumbnails.regenerate=true");
        }
    }

    @Test
    void aThumbnailIsThePictureOfTheFinalStateAndItsKeyFollowsTheConfiguration(@TempDir Path dir) throws Exception {
        Preset small = new PresetLibrary().require("8gaussians-sd");
        Preset quick = new Preset("quick", "", small.config().withSizes(200, 200).withSteps(150), false);
        byte[] png = PresetThumbnail.render(quick, 1);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(PresetThumbnail.SIZE, img.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() >= 8, "targets and eight mode colours: " + colours.size());
        Path f = PresetThumbnail.cacheFile(dir, quick);
        Files.write(f, png);
        assertTrue(PresetThumbnail.matches(f, quick));
        Preset edited = new Preset("quick", "", quick.config().withSeed(3), false);
        assertFalse(PresetThumbnail.matches(f, edited), "an edited preset's old thumbnail is stale");
        assertFalse(PresetThumbnail.cacheFile(dir, edited).equals(f));
    }

    @Test
    @EnabledIfSystemProperty(named = "thumbnails.regenerate", matches = "true")
    void regenerateTheShippedThumbnails() throws Exception {
        Files.createDirectories(SHIPPED);
        for (Preset p : new PresetLibrary().all()) {
            if (p.builtIn() && !PresetThumbnail.matches(SHIPPED.resolve(p.name() + ".png"), p)) {
                long t = System.nanoTime();
                Files.write(SHIPPED.resolve(p.name() + ".png"), PresetThumbnail.render(p, 2));
                System.out.printf("%s: %.0f s%n", p.name(), (System.nanoTime() - t) / 1e9);
            }
        }
    }
}
