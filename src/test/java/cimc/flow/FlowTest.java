package cimc.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.CimcException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flow driver runs stages in order and stops at the first failure, naming it. */
class FlowTest {
  private static final FlowSettings SETTINGS = new FlowSettings(Path.of("out"), 1, 3, 4, 10,
      100, false);

  @Test
  void stagesRunInOrder() {
    List<String> ran = new ArrayList<>();
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    new Flow(List.of(new FlowStage("a", "first", s -> ran.add("a")),
        new FlowStage("b", "second", s -> ran.add("b"))),
        new PrintStream(text, true, StandardCharsets.UTF_8)).run(FlowState.start(SETTINGS));
    assertEquals(List.of("a", "b"), ran);
    String printed = text.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("cimc flow: [1/2] a: first\n"), printed);
    assertTrue(printed.contains("cimc flow: [2/2] b: second\n"), printed);
  }

  @Test
  void failureNamesStageAndStops() {
    List<String> ran = new ArrayList<>();
    Flow flow = new Flow(List.of(new FlowStage("a", "first", s -> ran.add("a")),
        new FlowStage("b", "second", s -> {
          throw new CimcException("broken input");
        }),
        new FlowStage("c", "third", s -> ran.add("c"))),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    CimcException e = assertThrows(CimcException.class,
        () -> flow.run(FlowState.start(SETTINGS)));
    assertEquals("stage 2 (b) failed: broken input", e.getMessage());
    assertEquals(List.of("a"), ran);
  }

  @Test
  void stageListInPipelineOrder() {
    List<String> names = new FlowStages(args -> 0, System.out).all().stream()
        .map(FlowStage::name).toList();
    assertEquals(List.of("tools", "train", "quantize", "compile", "calibrate", "vectors", "rtl",
        "verify", "report"), names);
  }

  @Test
  void markdownTableToHtml() {
    String html = MarkdownPage.toHtml("t", List.of("# Title", "", "| a | **b** |", "|---|---|",
        "| 1 | `x<y` |", "", "text"));
    assertTrue(html.contains("<h1>Title</h1>"), html);
    assertTrue(html.contains("<table>\n<tr><td>a</td><td><b>b</b></td></tr>\n"
        + "<tr><td>1</td><td><code>x&lt;y</code></td></tr>\n</table>"), html);
    assertTrue(html.contains("<p>text</p>"), html);
  }
}
