package org.flowexplorer.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.flow.QSelf;
import org.flowexplorer.core.kernel.KernelMode;
import org.flowexplorer.core.sim.RunConfig;
import org.junit.jupiter.api.Test;

/** The configuration keys {@code kernel} and {@code q_self}: defaults, parsing, --set, round trip, errors. */
class KernelConfigKeysTest {
    private final ConfigJson json = new ConfigJson();

    @Test
    void defaultsAreAutoAndInclude() {
        RunConfig c = json.parse("{}", "t.json");
        assertEquals(KernelMode.AUTO, c.params().kernel());
        assertEquals(QSelf.INCLUDE, c.params().qSelf());
    }

    @Test
    void keysAreReadSetWrittenAndReadBack() {
        RunConfig c = json.parse("{\"kernel\": \"grid\", \"q_self\": \"exclude\", \"particles\": 100000}", "t.json");
        assertEquals(KernelMode.GRID, c.params().kernel());
        assertEquals(QSelf.EXCLUDE, c.params().qSelf());
        assertEquals(100_000, c.particles());
        RunConfig set = json.applySet(json.applySet(c, "kernel=exact"), "q_self=include");
        assertEquals(KernelMode.EXACT, set.params().kernel());
        assertEquals(QSelf.INCLUDE, set.params().qSelf());
        String text = json.write(c);
        assertTrue(text.contains("\"kernel\" : \"grid\"") && text.contains("\"q_self\" : \"exclude\""), text);
        assertEquals(c, json.parse(text, "again.json"));
    }

    @Test
    void kernelMayChangeDuringARun() {
        RunConfig c = json.parse("{\"changes\": [{\"step\": 5, \"kernel\": \"grid\"}]}", "t.json");
        assertEquals(KernelMode.AUTO, c.paramsAt(4).kernel());
        assertEquals(KernelMode.GRID, c.paramsAt(5).kernel());
    }

    @Test
    void badValuesNameTheKey() {
        InputException e = assertThrows(InputException.class, () -> json.parse("{\"kernel\": \"fast\"}", "t.json"));
        assertTrue(e.getMessage().contains("kernel") && e.getMessage().contains("exact, grid or auto"), e.getMessage());
        InputException q = assertThrows(InputException.class,
                () -> json.applySet(json.parse("{}", "t"), "q_self=maybe"));
        assertTrue(q.getMessage().contains("q_self") && q.getMessage().contains("include or exclude"), q.getMessage());
        InputException big = assertThrows(InputException.class, () -> json.parse("{\"particles\": 300000}", "t.json"));
        assertTrue(big.getMessage().contains("200000"), big.getMessage());
    }
}
