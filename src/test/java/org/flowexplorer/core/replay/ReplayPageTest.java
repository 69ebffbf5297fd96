package org.flowexplorer.core.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.data.DatasetCatalog;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.rule.UpdateRule;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.MetricsRow;
import org.flowexplorer.core.sim.ParameterChange;
import org.flowexplorer.core.sim.RunConfig;
import org.junit.jupiter.api.Test;

/** The assembled page: size budget, one data block that parses back, escaping, CSP hashes, rule changes. */
class ReplayPageTest {
    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"replay-data\">(.*?)</script>", Pattern.DOTALL);

    @Test
    void aThousandParticlesTwoHundredFramesStayUnderThreeMegabytes() throws Exception {
        ReplayChapter c = chapter(1000, 200, 2, List.of());
        byte[] page = new ReplayPage().render("size", List.of(c));
        assertTrue(page.length < 3_000_000, page.length + " bytes");
        String html = new String(page, StandardCharsets.UTF_8);
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("src="));
        JsonNode data = data(html);
        JsonNode ch = data.path("chapters").get(0);
        assertEquals(200, ch.path("frames").path("step").size());
        assertEquals(2 * 2 * 1000 * 200, Base64.getDecoder().decode(ch.path("positions").path("data").asText()).length);
    }

    @Test
    void theDataBlockDecodesToTheRecordedPositions() throws Exception {
        ReplayChapter c = chapter(50, 4, 3, List.of());
        JsonNode pos = data(new String(new ReplayPage().render("t", List.of(c)), StandardCharsets.UTF_8))
                .path("chapters").get(0).path("positions");
        byte[] b = Base64.getDecoder().decode(pos.path("data").asText());
        double err = pos.path("max_error").asDouble();
        assertEquals(ReplayData.maxError(List.of(c)), err);
        PointSet last = c.frames().get(3).positions();
        int base = 3 * 50 * 3;
        for (int k = 0; k < 150; k++) {
            int q = (b[2 * (base + k)] & 0xFF) | (b[2 * (base + k) + 1] & 0xFF) << 8;
            double x = pos.path("lo").get(k % 3).asDouble() + q * pos.path("scale").get(k % 3).asDouble();
            assertEquals(last.coords()[k], x, err * (1 + 1e-9));
        }
    }

    @Test
    void userTextCannotLeaveItsPlace() throws Exception {
        String evil = "</script><script>alert(1)</script> </title>\"'<!-- & \u2028";
        ReplayChapter c = chapter(5, 2, 2, List.of());
        ReplayChapter named = new ReplayChapter(evil, evil, evil, c.config().withDataset("csv:" + evil), c.targets(),
                c.frames(), evil);
        String html = new String(new ReplayPage().render(evil, List.of(named)), StandardCharsets.UTF_8);
        assertEquals(2, html.split("</script>", -1).length - 1, "only the two real script elements close");
        assertEquals(1, html.split("</title>", -1).length - 1);
        assertFalse(html.contains("<!-- &"));
        JsonNode ch = data(html).path("chapters").get(0);
        assertEquals(evil, data(html).path("title").asText());
        assertEquals(evil, ch.path("caption").asText());
        assertEquals("csv:" + evil, ch.path("dataset").asText());
        assertTrue(ch.path("config").asText().contains(evil.replace("\"", "\\\"")));
        assertTrue(html.contains("<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &lt;/title&gt;&quot;&#39;&lt;!-- &amp;"));
    }

    @Test
    void theCspAllowsExactlyThePagesOwnScriptAndStyle() throws Exception {
        String html = new String(new ReplayPage().render("t", List.of(chapter(5, 2, 2, List.of()))), StandardCharsets.UTF_8);
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(script.find());
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        assertTrue(style.find());
        String csp = html.replace("&#39;", "'"); // the policy sits HTML-escaped in an attribute
        assertTrue(csp.contains("script-src '" + sha256(script.group(1)) + "'"));
        assertTrue(csp.contains("style-src '" + sha256(style.group(1)) + "'"));
        assertTrue(csp.contains("default-src 'none'"));
    }

    @Test
    void rulesFollowTheRecordedChanges() throws Exception {
        FlowParameters sd = FlowParameters.defaults(FlowKind.SD);
        List<ParameterChange> changes = List.of(new ParameterChange(2, sd.withFlow(FlowKind.LANGEVIN).withEta(0.2)),
                new ParameterChange(3, sd.withFlow(FlowKind.LANGEVIN).withEta(0.2).withCurl(2)));
        JsonNode ch = data(new String(new ReplayPage().render("t", List.of(chapter(5, 6, 2, changes))),
                StandardCharsets.UTF_8)).path("chapters").get(0);
        JsonNode rules = ch.path("rules");
        assertEquals(3, rules.size());
        assertEquals("[0,0,1,2,2,2]", ch.path("frames").path("rule").toString());
        assertEquals("Langevin", rules.get(1).path("flow").asText());
        assertEquals(2, rules.get(1).path("since").asInt());
        assertEquals(UpdateRule.of(sd.withFlow(FlowKind.LANGEVIN).withEta(0.2)).text(), rules.get(1).path("update").asText());
        assertTrue(rules.get(1).path("update").asText().contains("√(2ησ²)ξ"), "Langevin's noise in the rule");
        assertEquals("[\"flow\",\"η\"]", rules.get(1).path("changed").toString());
        assertEquals("[\"κ\"]", rules.get(2).path("changed").toString());
    }

    /** A chapter of random frames; frame f is at step f and uses the parameters in force there. */
    static ReplayChapter chapter(int n, int frames, int dim, List<ParameterChange> changes) {
        String dataset = dim == 3 ? "swissroll3d" : "25gaussians";
        RunConfig config = new RunConfig(dataset, "offset", n, n, 0, frames - 1,
                FlowParameters.defaults(FlowKind.SD), changes);
        Dataset targets = DatasetCatalog.generate(dataset, n, 0);
        SplittableRandom rng = new SplittableRandom(1);
        List<ReplayFrame> list = new ArrayList<>();
        for (int f = 0; f < frames; f++) {
            double[] c = new double[n * dim];
            for (int i = 0; i < c.length; i++) {
                c[i] = 8 * rng.nextDouble() - 4;
            }
            list.add(new ReplayFrame(PointSet.wrap(dim, c), new MetricsRow(f, 1.0 / (f + 1), 0.1, 0.2, null, null, null),
                    config.paramsAt(f)));
        }
        return new ReplayChapter("t", "", "", config, targets, list, null);
    }

    private static JsonNode data(String html) throws Exception {
        Matcher m = DATA.matcher(html);
        assertTrue(m.find(), "one data block");
        return new ObjectMapper().readTree(m.group(1));
    }

    private static String sha256(String s) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(
                java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
