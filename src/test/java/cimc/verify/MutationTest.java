package cimc.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.CimcException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Assertions;

/**
 * One-line mutations of the generated RTL that the testbench must catch, on a small network
 * (96-40-10: partial row and column tiles, two layers) so that each rebuild stays short.
 */
@Tag("eda")
class MutationTest {
  private static final int[] SIZES = {96, 40, 10};

  private static SyntheticDesign mutated(Path dir, String file, String from, String to)
      throws IOException {
    SyntheticDesign d = SyntheticDesign.write(dir.resolve("design"), SIZES, 8, 9, 2);
    Path rtl = d.dir.resolve("rtl").resolve(file);
    String text = Files.readString(rtl);
    assertTrue(text.contains(from), file + " must contain the line to mutate: " + from);
    Files.writeString(rtl, text.replace(from, to));
    SyntheticDesign.writeManifest(d.dir);
    return d;
  }

  private static Verifier.Report verify(SyntheticDesign d, long timeout, List<String> log) {
    return Verifier.verify(new VerifyOptions(d.dir, null, null, 8, false, 1, false, null,
        timeout, 0), log::add);
  }

  @Test
  void comparatorSenseSwapCaught(@TempDir Path dir) throws Exception {
    SyntheticDesign d = mutated(dir, "cim_sar.sv", "cmp_i ? code_q | mask_q : code_q",
        "cmp_i ? code_q : code_q | mask_q");
    List<String> log = new ArrayList<>();
    Verifier.Report report = verify(d, 200_000, log);
    assertFalse(report.passed());
    assertEquals(8, report.runs().get(0).verdict().failed());
    assertTrue(log.stream().anyMatch(l -> l.matches("MISMATCH image 0 layer 0 tile 0 column \\d+"
        + " ADC row tile 0 plane 0: got -?\\d+ expected -?\\d+")), String.join("\n", log));
  }

  @Test
  void droppedBiasCaught(@TempDir Path dir) throws Exception {
    SyntheticDesign d = mutated(dir, "cim_infer.sv", "assign z_val = $signed(acc_low) + ",
        "assign z_val = $signed(acc_low); wire [63:0] unused_bias = ");
    List<String> log = new ArrayList<>();
    Verifier.Report report = verify(d, 200_000, log);
    assertFalse(report.passed());
    assertTrue(report.runs().get(0).verdict().failed() > 0);
    assertTrue(log.stream().anyMatch(l -> l.contains(" activation: got ")
        || l.contains(" logit: got ")), String.join("\n", log));
    assertTrue(log.stream().noneMatch(l -> l.contains(" layer 0 ") && l.contains("ADC row tile")),
        "layer 0's ADC codes do not depend on the bias");
  }

  @Test
  void amplitudeCapDropCaught(@TempDir Path dir) throws Exception {
    SyntheticDesign d = SyntheticDesign.write(dir.resolve("design"), SIZES, 2, 5, 2);
    Path rtl = d.dir.resolve("rtl/cim_prog.sv");
    String text = Files.readString(rtl);
    String cap = "(amp_sum > {1'd0, amp_max_i} ? amp_max_i : amp_sum[7:0])";
    assertTrue(text.contains(cap), "cim_prog.sv must contain the amplitude cap: " + cap);
    Files.writeString(rtl, text.replace(cap, "amp_sum[7:0]"));
    SyntheticDesign.writeManifest(d.dir);
    List<String> log = new ArrayList<>();
    Verifier.Report report = Verifier.verify(new VerifyOptions(d.dir, null, null, 2, false, 1,
        true, null, 200_000, 0), log::add);

    assertFalse(report.passed());
    assertTrue(report.runs().get(0).verdict().ok(), "inference does not use the ramp");
    assertTrue(report.runs().get(1).verdict().failed() > 0, String.join("\n", log));
    assertTrue(log.stream().anyMatch(l -> l.contains(" pulse amplitude: got ")),
        "stuck cells ramp past the maximum code: " + String.join("\n", log));
  }

  @Test
  void editedRtlRejected(@TempDir Path dir) throws Exception {
    SyntheticDesign d = SyntheticDesign.write(dir.resolve("design"), SIZES, 2, 9, 2);
    Files.writeString(d.dir.resolve("rtl/cim_sar.sv"), "// edited\n",
        java.nio.file.StandardOpenOption.APPEND);
    CimcException e = Assertions.assertThrows(CimcException.class, () -> verify(d, 1000,
        new ArrayList<>()));
    assertTrue(e.getMessage().contains("checksum mismatch for design file rtl/cim_sar.sv"),
        e.getMessage());
  }

  @Test
  void buildErrorShowsFirstLines(@TempDir Path dir) throws Exception {
    SyntheticDesign d = mutated(dir, "cim_sar.sv", "assign dac_o = dac_q;",
        "assign dac_o = dac_q");
    CimcException e = Assertions.assertThrows(CimcException.class, () -> verify(d, 1000,
        new ArrayList<>()));
    assertTrue(e.getMessage().startsWith("Verilator build failed:\n%Error: "), e.getMessage());
    assertTrue(e.getMessage().contains("cim_sar.sv"), e.getMessage());
    assertTrue(e.getMessage().contains("full log: "), e.getMessage());
  }
}
