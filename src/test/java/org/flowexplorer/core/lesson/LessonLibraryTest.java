package org.flowexplorer.core.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flowexplorer.core.data.DatasetCatalog;
import org.flowexplorer.core.io.PresetLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Built-in lessons load and are well formed; a broken user lesson is reported and skipped, never fatal. */
class LessonLibraryTest {
    @TempDir
    Path home;

    @Test
    void fourBuiltInLessonsForAGraduateClass() {
        LessonLibrary lib = new LessonLibrary(null, new PresetLibrary());
        assertEquals(List.of("sd-converges", "gan-to-diffusion", "not-a-gradient", "annealing"),
                lib.all().stream().map(Lesson::name).toList());
        for (Lesson l : lib.all()) {
            assertTrue(l.builtIn());
            assertTrue(l.slides().size() >= 4, l.name() + " has " + l.slides().size() + " slides");
            for (Slide s : l.slides()) {
                assertTrue(s.caption().length() > 80, l.name() + "/" + s.title() + ": a real caption");
                assertTrue(s.question().endsWith("?"), l.name() + "/" + s.title() + ": a question for the class");
                DatasetCatalog.generate(s.config().dataset(), 10, 0); // its data exists
            }
        }
    }

    @Test
    void aBrokenUserLessonIsReportedWithItsPlaceAndTheOthersLoad() throws IOException {
        Files.writeString(home.resolve("good.json"), "{\"title\": \"Mine\", \"slides\": [{\"title\": \"s\", \"caption\": \"c\"}]}");
        Files.writeString(home.resolve("broken.json"), "{\"title\": \"B\",\n \"slides\": [{\"title\": \"s\", \"caption\": \"c\", \"set\": {\"eta\": -1}}]}");
        Files.writeString(home.resolve("annealing.json"), "{\"title\": \"A\", \"slides\": [{\"title\": \"s\", \"caption\": \"c\"}]}");
        Files.writeString(home.resolve("notes.txt"), "not a lesson");
        LessonLibrary lib = new LessonLibrary(home, new PresetLibrary());
        assertTrue(lib.find("good").isPresent());
        assertTrue(!lib.find("good").get().builtIn());
        assertEquals("Mine", lib.find("good").get().title());
        assertTrue(lib.find("broken").isEmpty());
        assertEquals(2, lib.problems().size(), lib.problems().toString());
        assertTrue(lib.problems().stream().anyMatch(p -> p.startsWith(home.resolve("broken.json") + ":2:")
                && p.contains("eta")), lib.problems().toString());
        assertTrue(lib.problems().stream().anyMatch(p -> p.contains("taken by a built-in lesson")), lib.problems().toString());
        assertEquals("What annealing σ does", lib.require("annealing").title(), "the built-in one wins");
    }

    @Test
    void theUserFolderFollowsFlowExplorerHome() {
        String old = System.getProperty("flowexplorer.home");
        System.setProperty("flowexplorer.home", home.toString());
        try {
            assertEquals(home.resolve("lessons"), LessonLibrary.defaultUserDirectory());
        } finally {
            if (old == null) {
                System.clearProperty("flowexplorer.home");
            } else {
                System.setProperty("flowexplorer.home", old);
            }
        }
    }
}
