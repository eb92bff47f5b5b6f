package cimc.rtl.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.rtl.eda.IcarusSim;
import cimc.rtl.eda.VerilatorLint;
import cimc.rtl.eda.YosysSynth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verilator lint, Yosys synthesis and Icarus elaboration of the generated RTL. */
@Tag("eda")
class RtlSignoffTest {
  @TempDir
  Path dir;

  private List<Path> write(RtlParams params, Map<String, String> files) throws IOException {
    RtlOutputs.writeAll(files, dir);
    List<Path> sources = new ArrayList<>();
    RtlGenerator.sources(params).forEach(name -> sources.add(dir.resolve(name)));
    return sources;
  }

  @Test
  void defaultDesignLintClean() throws IOException {
    RtlParams params = DefaultDesign.params();
    List<Path> sources = write(params, RtlGenerator.files(params));

    VerilatorLint.Result lint = VerilatorLint.run(dir, sources, RtlGenerator.TOP,
        dir.resolve("lint/cimc.vlt"));

    assertTrue(lint.clean(), lint.diagnostics().toString());
  }

  @Test
  void tinyDesignLintClean() throws IOException {
    RtlParams params = TinyDesigns.tiny();
    List<Path> sources = write(params, RtlGenerator.files(params));

    VerilatorLint.Result lint = VerilatorLint.run(dir, sources, RtlGenerator.TOP,
        dir.resolve("lint/cimc.vlt"));

    assertTrue(lint.clean(), lint.diagnostics().toString());
  }

  @Test
  void defaultDesignSynthesizesWithoutLatches() throws IOException {
    RtlParams params = DefaultDesign.params();
    List<Path> sources = write(params, RtlGenerator.files(params));

    YosysSynth.Result synth = YosysSynth.synthesize(dir.resolve("yosys"), sources,
        RtlGenerator.TOP);

    assertTrue(synth.stat().contains("Number of cells"), synth.stat());
  }

  @Test
  void defaultDesignElaboratesInIcarus() throws IOException {
    RtlParams params = DefaultDesign.params();
    List<Path> sources = write(params, RtlGenerator.files(params));

    Path compiled = IcarusSim.compile(dir, sources, RtlGenerator.TOP);

    assertTrue(Files.size(compiled) > 0);
  }

  /** Runs the tiny testbench on RTL in which {@code from} is replaced by {@code to} once. */
  private IcarusSim.Result mutated(String file, String from, String to) throws IOException {
    TestVectors vectors = new TestVectors(TinyDesigns.tiny(), 7, 2);
    Map<String, String> files = new LinkedHashMap<>(RtlGenerator.files(vectors.params));
    String text = files.get(file);
    assertEquals(1, text.split(java.util.regex.Pattern.quote(from), -1).length - 1,
        "mutation site '" + from + "' must occur once in " + file);
    files.put(file, text.replace(from, to));
    return TestbenchRun.run(dir, vectors, files);
  }

  @Test
  void comparatorPolarityMutationFails() throws IOException {
    IcarusSim.Result result = mutated("cim_sar.sv", "cmp_i ? code_q | mask_q : code_q",
        "cmp_i ? code_q : code_q | mask_q");

    assertNotEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("MISMATCH adc beat"), result.output());
    assertTrue(result.output().contains("TB FAIL"), result.output());
  }

  @Test
  void biasSignMutationFails() throws IOException {
    IcarusSim.Result result = mutated("cim_infer.sv", "assign z_val = $signed(acc_low) + ",
        "assign z_val = $signed(acc_low) - ");

    assertNotEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("MISMATCH activation"), result.output());
  }
}
