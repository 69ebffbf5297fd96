package org.flowexplorer.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.render.ColorMode;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.sim.RunConfig;
import org.junit.jupiter.api.Test;

/** The view keys of a configuration file: read, written back, overridden with --set, bad values named. */
class ViewKeysTest {
    private final ConfigJson json = new ConfigJson();

    @Test
    void aFileWithViewKeysHasThatLookTheOtherKeysTakeTheirDefaults() {
        RunFile f = json.parseFile("{\"flow\": \"svgd\",\n \"color_by\": \"nearest_mode\", \"theme\": \"dark\", \"trail_steps\": 30}", "t.json");
        RenderOptions expected = RenderOptions.defaults().withColorMode(ColorMode.NEAREST_MODE).withDarkBackground(true)
                .withTrailSteps(30);
        assertEquals(expected, f.view());
        assertEquals("svgd", f.config().params().flow().id());
        assertNull(json.parseFile("{\"flow\": \"svgd\"}", "t.json").view(), "no view key: no look of its own");
        assertEquals(RenderOptions.defaults(), json.parseFile("{}", "t.json").viewOrDefaults());
    }

    @Test
    void theLookSurvivesWriteAndRead() {
        RunConfig c = new PresetLibrary().require("25gaussians-sd").config();
        RenderOptions look = RenderOptions.defaults().withColorMode(ColorMode.ORIGIN).withPointRadius(3.25).withArrows(true)
                .withTrails(true).withTrailSteps(7).withShowTargets(false).withDarkBackground(true);
        String text = json.write(new RunFile(c, look));
        assertTrue(text.contains("\"color_by\" : \"origin\""), text);
        RunFile back = json.parseFile(text, "x.json");
        assertEquals(look, back.view());
        assertEquals(c, back.config());
        assertEquals(c, json.parse(text, "x.json"), "readers of the run alone ignore the look");
        assertTrue(!json.write(c).contains("color_by"), "a run without a look writes no view key");
    }

    @Test
    void setOverridesAViewKeyAndBadValuesNameTheKey() {
        RunFile f = new RunFile(new PresetLibrary().require("25gaussians-sd").config(), null);
        RunFile set = json.applySet(json.applySet(f, "color_by=speed"), "eta=0.3");
        assertEquals(ColorMode.SPEED, set.view().colorMode());
        assertEquals(0.3, set.config().params().eta());
        InputException bad = assertThrows(InputException.class, () -> json.parseFile("{\n  \"theme\": \"sepia\"\n}", "v.json"));
        assertTrue(bad.getMessage().contains("v.json:2") && bad.getMessage().contains("theme"), bad.getMessage());
        InputException size = assertThrows(InputException.class, () -> json.applySet(f, "point_size=99"));
        assertTrue(size.getMessage().contains("point_size"), size.getMessage());
        InputException colour = assertThrows(InputException.class, () -> json.parseFile("{\"color_by\": 3}", "c.json"));
        assertTrue(colour.getMessage().contains("color_by"), colour.getMessage());
    }
}
