package org.flowexplorer.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltInResourcesTest {
    private final BuiltInResources presets = new BuiltInResources("/org/flowexplorer/presets/");

    @Test
    void theIndexListsTheNamesInOrderAndEachNameHasItsFile() {
        List<String> names = presets.index();
        assertEquals("25gaussians-sd", names.get(0));
        assertTrue(names.stream().noneMatch(String::isBlank));
        for (String n : names) {
            assertTrue(presets.text(n + ".json").contains("\"name\": \"" + n + "\""), n);
        }
    }

    @Test
    void aMissingResourceOrARelativeFolderFailsLoudly() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> presets.text("no-such.json"));
        assertTrue(e.getMessage().contains("/org/flowexplorer/presets/no-such.json"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BuiltInResources("org/flowexplorer/presets/"));
    }
}
