package org.flowexplorer.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.flowexplorer.core.data.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading embedded configurations back, including text outside Latin-1 and files without one. */
class FrameConfigReaderTest {
    @TempDir
    Path dir;

    @Test
    void nonAsciiConfigSurvivesAsJsonEscapes() throws IOException {
        String json = "{\"dataset\" : \"csv:/data/d\u00e4t\u00e4-\u03c3.csv\"}";
        Path png = dir.resolve("f.png");
        Files.write(png, PngFrameWriter.encode(new int[] {0xFF000000, 0xFFFFFFFF, 0xFF808080, 0xFF123456}, 2, 2, json));
        String back = new FrameConfigReader().read(png);
        assertTrue(back.chars().allMatch(c -> c < 0x7F), back);
        ObjectMapper m = new ObjectMapper();
        assertEquals(m.readTree(json), m.readTree(back));
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(0xFF123456, img.getRGB(1, 1));
    }

    @Test
    void filesWithoutAConfigOrNotImagesAreInputErrors() throws IOException {
        Path plain = dir.resolve("plain.png");
        assertTrue(ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", plain.toFile()));
        InputException e = assertThrows(InputException.class, () -> new FrameConfigReader().read(plain));
        assertTrue(e.getMessage().startsWith(plain.toString()), e.getMessage());
        Path text = Files.writeString(dir.resolve("t.txt"), "hello");
        assertThrows(InputException.class, () -> new FrameConfigReader().read(text));
        assertThrows(InputException.class, () -> new FrameConfigReader().read(dir.resolve("missing.png")));
    }
}
