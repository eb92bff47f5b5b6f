package cimc.rtl.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.rtl.eda.IcarusSim;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the generated tiny design in Icarus against the reference model. */
@Tag("eda")
class CimTopSimTest {
  @TempDir
  Path dir;

  @Test
  void tinyDesignMatchesReference() throws Exception {
    TestVectors vectors = new TestVectors(TinyDesigns.tiny(), 7, 3);

    IcarusSim.Result result = TestbenchRun.run(dir, vectors,
        RtlGenerator.files(vectors.params));

    assertTrue(result.output().contains("TB PASS"), result.output());
    assertEquals(0, result.exitCode(), result.output());
    assertFalse(result.output().contains("ERROR:"), "an RTL assertion failed: "
        + result.output());
    long cycles = vectors.params.cyclesPerImage();
    assertTrue(result.output().contains("image 0 busy cycles " + cycles), result.output());
  }

  @Test
  void threeLayerDesignMatchesReference() throws Exception {
    TestVectors vectors = new TestVectors(RtlParams.from(TinyDesigns.deepSpec()), 11, 4);

    IcarusSim.Result result = TestbenchRun.run(dir, vectors,
        RtlGenerator.files(vectors.params));

    assertTrue(result.output().contains("TB PASS"), result.output());
    assertEquals(0, result.exitCode(), result.output());
    assertFalse(result.output().contains("ERROR:"), "an RTL assertion failed: "
        + result.output());
  }
}
