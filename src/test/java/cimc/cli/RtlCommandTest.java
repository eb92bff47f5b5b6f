package cimc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.hw.HardwareSpec;
import cimc.hw.HardwareSpecJson;
import cimc.hw.LayerSpec;
import cimc.hw.PulseConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RtlCommandTest {
  @TempDir
  Path dir;

  private Path designFolder() {
    HardwareSpec spec = new HardwareSpec(4, 4, 2, 4, 4, 2, 3, new int[] {6, 5, 3}, List.of(
        new LayerSpec(1, 2, 1, new int[5], 3, 2, 1, 1, 1),
        new LayerSpec(2, 0, 2, new int[3], 1, 0, 1, 1, 0)),
        new PulseConfig(3, 5, 2, 9, 4, 2, 3, 1), null);
    Path design = dir.resolve("design");
    HardwareSpecJson.write(spec, design.resolve("hardware.json"));
    return design;
  }

  @Test
  void writesRtlIntoDesignFolder() throws IOException {
    Path design = designFolder();

    assertEquals(0, Main.run("rtl", "--design", design.toString(), "--no-synth"));

    assertTrue(Files.exists(design.resolve("rtl/cim_top.sv")));
    assertTrue(Files.exists(design.resolve("rtl/lint/cimc.vlt")));
    assertTrue(Files.exists(design.resolve("rtl/cim_top.core")));
    assertTrue(Files.exists(design.resolve("constraints/cim_top.sdc")));
    try (Stream<Path> files = Files.list(design)) {
      assertEquals(List.of("constraints", "hardware.json", "rtl"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void existingOutputNeedsForce() {
    Path design = designFolder();
    assertEquals(0, Main.run("rtl", "--design", design.toString(), "--no-synth"));

    assertEquals(1, Main.run("rtl", "--design", design.toString(), "--no-synth"));
    assertEquals(0, Main.run("rtl", "--design", design.toString(), "--no-synth", "--force"));
  }

  @Test
  void missingHardwareSpecFails() {
    assertEquals(1, Main.run("rtl", "--design", dir.resolve("none").toString()));

    assertFalse(Files.exists(dir.resolve("none/rtl")));
  }

  @Test
  void invalidClockIsUsageError() {
    assertEquals(2, Main.run("rtl", "--clock-mhz", "0", "--out", dir.toString()));
    assertEquals(2, Main.run("rtl", "--clock-mhz", "fast", "--out", dir.toString()));
  }
}
