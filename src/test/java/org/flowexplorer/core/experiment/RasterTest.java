package org.flowexplorer.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class RasterTest {
    @Test
    void blendsAndEncodesPng() throws Exception {
        Raster r = new Raster(20, 10);
        r.blend(1, 1, 0xFF102030);
        r.blend(2, 2, Raster.withAlpha(0x000000, 0.5));
        r.blend(-1, 50, 0xFF000000); // outside: ignored
        Panel p = Panel.square(r, 10, 0, 10, 1.0);
        p.scatter(new double[] {0.0, 0.0}, 2, 0, 1, 0.6, 0xFFFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.writePng(out);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(20, img.getWidth());
        assertEquals(0x102030, img.getRGB(1, 1) & 0xFFFFFF);
        assertEquals(0x7F7F7F, img.getRGB(2, 2) & 0xFFFFFF); // alpha 128/255 of black over white
        assertEquals(0xFFFFFF, img.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0xFF0000, img.getRGB(15, 5) & 0xFFFFFF);
    }
}
