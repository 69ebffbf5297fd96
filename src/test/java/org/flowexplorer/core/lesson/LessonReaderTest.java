package org.flowexplorer.core.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.sim.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lesson format: what a slide sets up, and every mistake reported at its file:line:column. */
class LessonReaderTest {
    private final LessonReader reader = new LessonReader(new PresetLibrary());
    private final PresetLibrary presets = new PresetLibrary();

    @Test
    void aSlideIsItsPresetWithTheSetKeysTheChangesAndItsPause() {
        Lesson l = reader.parse("""
                {"format": "flow-explorer-lesson/1", "title": "T", "description": "d",
                 "slides": [
                  {"title": "a", "caption": "c", "question": "q?", "preset": "25gaussians-mmd",
                   "set": {"particles": 300, "seed": 4, "wp": null},
                   "changes": [{"step": 100, "flow": "sd"}, {"step": 200, "eta": 0.25, "curl": 1}],
                   "start": 150, "pause": 400},
                  {"title": "b", "caption": "c2"}
                 ]}""", "x.json", "x", false, null);
        assertEquals("T", l.title());
        assertEquals(2, l.slides().size());
        Slide a = l.slides().get(0);
        RunConfig mmd = presets.require("25gaussians-mmd").config();
        assertEquals(mmd.withSizes(300, mmd.targets()).withSeed(4).withSteps(400).params(), a.config().params());
        assertEquals(300, a.config().particles());
        assertEquals(4, a.config().seed());
        assertEquals(400, a.pause());
        assertEquals(150, a.start());
        assertEquals("q?", a.question());
        assertEquals(FlowKind.MMD, a.config().paramsAt(99).flow());
        assertEquals(FlowKind.SD, a.config().paramsAt(100).flow());
        assertEquals(0.1, a.config().paramsAt(100).mmdNoise(), "a change keeps what it does not name");
        assertEquals(0.25, a.config().paramsAt(200).eta());
        assertEquals(1.0, a.config().paramsAt(399).curl());
        Slide b = l.slides().get(1);
        assertEquals(presets.require(LessonReader.DEFAULT_PRESET).config(), b.config());
        assertEquals(0, b.start());
        assertEquals("", b.question());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON               | {"title": "T", "slides": [ |  1 | 27 | malformed JSON
            unknown root key       | {"title": "T", "slidez": []} | 1 | 16 | unknown key 'slidez'
            no slides              | {"title": "T"} | 1 | 1 | at least one slide
            no title               | {"slides": [{"title": "a", "caption": "c"}]} | 1 | 1 | needs a "title"
            slide without caption  | {"title": "T", "slides": [{"title": "a"}]} | 1 | 27 | needs a "caption"
            unknown slide key      | {"title": "T", "slides": [{"title": "a", "caption": "c", "pase": 3}]} | 1 | 58 | unknown key 'pase'
            unknown preset         | {"title": "T", "slides": [{"title": "a", "caption": "c", "preset": "nope"}]} | 1 | 68 | unknown preset 'nope'
            bad set value          | {"title": "T", "slides": [{"title": "a", "caption": "c", "set": {"eta": "fast"}}]} | 1 | 66 | eta: expected a number
            unknown set key        | {"title": "T", "slides": [{"title": "a", "caption": "c", "set": {"etta": 1}}]} | 1 | 66 | unknown key 'etta'
            data cannot change     | {"title": "T", "slides": [{"title": "a", "caption": "c", "changes": [{"step": 5, "dataset": "moons"}]}]} | 1 | 82 | 'dataset' cannot change during a run
            change after pause     | {"title": "T", "slides": [{"title": "a", "caption": "c", "pause": 10, "changes": [{"step": 10, "eta": 1}]}]} | 1 | 83 | not before the pause
            changes out of order   | {"title": "T", "slides": [{"title": "a", "caption": "c", "changes": [{"step": 9, "eta": 1}, {"step": 3, "eta": 2}]}]} | 1 | 93 | steps must increase
            start after pause      | {"title": "T", "slides": [{"title": "a", "caption": "c", "start": 20, "pause": 10}]} | 1 | 67 | comes after the pause
            negative start         | {"title": "T", "slides": [{"title": "a", "caption": "c", "start": -1}]} | 1 | 67 | non-negative whole number
            wrong format           | {"format": "flow-explorer-lesson/9", "title": "T", "slides": []} | 1 | 12 | format: expected
            """)
    void mistakesNameTheirPlace(String what, String json, int line, int column, String message) {
        InputException e = assertThrows(InputException.class, () -> reader.parse(json, "my.json", "my", false, null));
        assertEquals("my.json", e.source(), what);
        assertEquals(line, e.line(), what + ": " + e.getMessage());
        assertEquals(column, e.column(), what + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(message), what + ": " + e.getMessage());
        assertTrue(e.getMessage().startsWith("my.json:" + line + ":" + column + ": "), e.getMessage());
    }

    @Test
    void errorsOnLaterLinesCountLines() {
        InputException e = assertThrows(InputException.class, () -> reader.parse(
                "{\n  \"title\": \"T\",\n  \"slides\": [\n    {\"title\": \"a\", \"caption\": \"c\",\n     \"set\": {\"flow\": \"nope\"}}\n  ]\n}",
                "f.json", "f", false, null));
        assertEquals(5, e.line());
        assertEquals(14, e.column());
        assertTrue(e.getMessage().contains("unknown flow 'nope'"), e.getMessage());
    }

    @Test
    void relativeDataPathsAreTakenFromTheLessonsFolder() {
        Path folder = Path.of("/teacher/week3");
        Lesson l = reader.parse("""
                {"title": "T", "slides": [
                  {"title": "a", "caption": "c", "set": {"dataset": "csv:points/ring.csv"}},
                  {"title": "b", "caption": "c", "set": {"dataset": "image:pics/logo.png"}},
                  {"title": "c", "caption": "c", "set": {"dataset": "image:builtin:cat"}},
                  {"title": "d", "caption": "c", "set": {"dataset": "csv:/abs/p.csv"}}]}""", "w.json", "w", false, folder);
        List<String> ids = l.slides().stream().map(s -> s.config().dataset()).toList();
        assertEquals(List.of("csv:" + folder.resolve("points/ring.csv"), "image:" + folder.resolve("pics/logo.png"),
                "image:builtin:cat", "csv:/abs/p.csv"), ids);
    }
}
