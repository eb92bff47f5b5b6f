package cimc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.data.Mnist;
import cimc.device.DeviceProfileFile;
import cimc.hw.HardwareSpec;
import cimc.hw.HardwareSpecJson;
import cimc.hw.PulseConfig;
import cimc.map.FolderProgramSource;
import cimc.nn.Mlp;
import cimc.nn.Trainer;
import cimc.nn.TrainingConfig;
import cimc.quant.QuantizedModelFile;
import cimc.quant.Quantizer;
import cimc.quant.SigmaClip;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenCommandsTest {
  @TempDir
  static Path dir;
  private static Path model;

  @BeforeAll
  static void quantizedModel() {
    Mnist mnist = Mnist.loadShipped(Path.of("").toAbsolutePath());
    Mlp trained = Trainer.train(TrainingConfig.defaults().withEpochs(1).withThreads(2),
        mnist.train().first(5_000), null);
    model = dir.resolve("clipped.qmod");
    QuantizedModelFile.write(Quantizer.quantize(trained, 4, SigmaClip.of(3, false),
        "0".repeat(64)), model);
  }

  @Test
  void simulateWritesResults() throws Exception {
    Path csv = dir.resolve("out.csv");
    Path json = dir.resolve("out.json");
    Path png = dir.resolve("out.png");
    int code = Main.run("simulate", "--model", model.toString(), "--images", "300",
        "--calibration-images", "300", "--adc-bits", "6,8", "--csv", csv.toString(), "--json",
        json.toString(), "--plot", png.toString(), "--threads", "2");
    assertEquals(0, code);
    List<String> lines = Files.readAllLines(csv);
    assertEquals(3, lines.size());
    assertTrue(lines.get(1).contains(",6,0,"), lines.get(1));
    assertTrue(Files.size(png) > 1000);
    assertTrue(Files.readString(json).contains("\"goldenAccuracy\""));
  }

  @Test
  void simulateMonteCarloDraws() {
    int code = Main.run("simulate", "--model", model.toString(), "--images", "200",
        "--calibration-images", "200", "--variation", "2", "--draws", "2", "--threads", "2");
    assertEquals(0, code);
  }

  @Test
  void simulateDeviceDraw() {
    int code = Main.run("simulate", "--model", model.toString(), "--images", "200",
        "--calibration-images", "200", "--device", "default", "--threads", "2");
    assertEquals(0, code);
    assertEquals(2, Main.run("simulate", "--model", model.toString(), "--device", "default",
        "--variation", "1"));
  }

  @Test
  void simulateRejectsBadOptions() {
    assertEquals(2, Main.run("simulate", "--model", model.toString(), "--per-column-step"));
    assertEquals(2, Main.run("simulate", "--model", model.toString(), "--draws", "3"));
    assertEquals(2, Main.run("simulate", "--model", model.toString(), "--adc-bits", "1"));
    assertEquals(2, Main.run("simulate", "--model", model.toString(), "--adc-bits", "x"));
    assertEquals(2, Main.run("simulate"));
    assertEquals(2, Main.run("simulate", "--model", model.toString(), "--write-hardware"));
  }

  @Test
  void simulateReportsMissingModel() {
    assertEquals(1, Main.run("simulate", "--model", dir.resolve("none.qmod").toString()));
  }

  @Test
  void vectorsWritesFolder() throws Exception {
    Path out = dir.resolve("vectors");
    int code = Main.run("vectors", "--model", model.toString(), "--out", out.toString(),
        "--images", "3", "--first", "10", "--calibration-images", "200", "--program-arrays",
        "111");
    assertEquals(0, code);
    assertEquals(3 * 384, Files.readAllLines(out.resolve("adc_codes.hex")).size());
    assertTrue(Files.readString(out.resolve("index.json")).contains("\"testIndices\" : [ 10,"
        + " 11, 12 ]"));
    assertEquals(1, Main.run("vectors", "--model", model.toString(), "--out", out.toString(),
        "--images", "3", "--calibration-images", "200"));
  }

  @Test
  void vectorsSameForAnyThreadCount() throws Exception {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    for (Path out : List.of(one, two)) {
      assertEquals(0, Main.run("vectors", "--model", model.toString(), "--out", out.toString(),
          "--images", "2", "--calibration-images", "300", "--program-arrays", "0", "--threads",
          out == one ? "1" : "2"));
    }
    try (var files = Files.list(one)) {
      for (Path f : files.toList()) {
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(f),
            Files.readAllBytes(two.resolve(f.getFileName()))), f.getFileName().toString());
      }
    }
  }

  @Test
  void designFolderPipeline() throws Exception {
    Mnist mnist = Mnist.loadShipped(Path.of("").toAbsolutePath());
    Mlp small = Trainer.train(TrainingConfig.defaults().withHiddenSizes(List.of(16))
        .withEpochs(1).withThreads(2), mnist.train().first(2_000), null);
    Path smallModel = dir.resolve("small.qmod");
    QuantizedModelFile.write(Quantizer.quantize(small, 4, SigmaClip.of(3, false),
        "0".repeat(64)), smallModel);
    Path design = dir.resolve("design");
    assertEquals(0, Main.run("compile", "--model", smallModel.toString(), "--output",
        design.toString(), "--threads", "2"));
    assertEquals(0, Main.run("simulate", "--design", design.toString(), "--adc-bits", "6",
        "--write-hardware", "--images", "200", "--calibration-images", "200"));
    String hardware = Files.readString(design.resolve("hardware.json"));
    assertTrue(Files.readString(design.resolve("manifest.json")).contains("\"hardware.json\""));
    assertEquals(0, Main.run("simulate", "--design", design.toString(), "--adc-bits", "6",
        "--write-hardware", "--images", "200", "--calibration-images", "200"));
    cimc.map.DesignFolder.read(design);
    HardwareSpec spec = HardwareSpecJson.read(design.resolve("hardware.json"));
    assertEquals(new FolderProgramSource(design).pulses(), spec.pulses());
    assertEquals(FolderProgramSource.pulseConfig(DeviceProfileFile.defaultProfile()),
        spec.pulses());
    Path out = dir.resolve("design-vectors");
    assertEquals(0, Main.run("vectors", "--design", design.toString(), "--out", out.toString(),
        "--images", "2"));
    assertEquals(hardware, Files.readString(out.resolve("hardware.json")));
    String index = Files.readString(out.resolve("index.json"));
    assertTrue(index.contains("\"adcBeatsPerLayer\" : [ 34, 8 ]"), index);

    Path never = dir.resolve("never-design");
    assertEquals(2, Main.run("vectors", "--design", design.toString(), "--out",
        never.toString(), "--images", "2", "--seed", "3"));
    HardwareSpec stale = new HardwareSpec(spec.rows(), spec.cols(), spec.adcsPerArray(),
        spec.adcBits(), spec.levels(), spec.substeps(), spec.weightBits(), spec.sizes(),
        spec.layers(), PulseConfig.defaults(spec.substeps()), spec.calibration());
    HardwareSpecJson.write(stale, design.resolve("hardware.json"));
    cimc.map.Manifest.updateEntry(design, "hardware.json");
    assertEquals(1, Main.run("vectors", "--design", design.toString(), "--out",
        never.toString(), "--images", "2"));
    assertFalse(Files.exists(never));
  }

  @Test
  void vectorsRejectsBadRange() {
    Path out = dir.resolve("never");
    assertEquals(2, Main.run("vectors", "--model", model.toString(), "--out", out.toString(),
        "--first", "9999", "--images", "5"));
    assertEquals(2, Main.run("vectors", "--model", model.toString(), "--out", out.toString(),
        "--program-arrays", "113"));
    assertEquals(2, Main.run("vectors", "--model", model.toString(), "--out", out.toString(),
        "--all", "--images", "4"));
    assertFalse(Files.exists(out));
  }
}
