package cimc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.device.DeviceProfileFile;
import cimc.hw.CompiledDesign;
import cimc.map.DesignFolder;
import cimc.map.Sha256;
import cimc.nn.Mlp;
import cimc.nn.ModelFile;
import cimc.nn.ModelMetadata;
import cimc.quant.QuantizedModelFile;
import cimc.quant.Quantizer;
import cimc.quant.SigmaClip;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileModelTest {
  @TempDir
  Path tmp;
  private Path floatModel;
  private Path quantModel;

  private static Mlp network() {
    Mlp mlp = Mlp.zeros(60, 20, 10);
    SplittableRandom random = new SplittableRandom(4);
    for (int l = 0; l < mlp.layerCount(); l++) {
      float[] w = mlp.weights(l);
      for (int k = 0; k < w.length; k++) {
        w[k] = (float) (0.1 * random.nextGaussian());
      }
      float[] b = mlp.biases(l);
      for (int o = 0; o < b.length; o++) {
        b[o] = (float) (0.05 * random.nextGaussian());
      }
    }
    return mlp;
  }

  @BeforeEach
  void writeModels() throws Exception {
    Mlp mlp = network();
    floatModel = tmp.resolve("model.bin");
    ModelFile.write(mlp, new ModelMetadata(1, 1, 128, "adam", 0.002, 0.9, Double.NaN,
        "0".repeat(64)), floatModel);
    quantModel = tmp.resolve("model.qmod");
    QuantizedModelFile.write(Quantizer.quantize(mlp, 4, SigmaClip.of(2.5, false),
        Sha256.of(floatModel)), quantModel);
  }

  /** Runs the launcher and returns the exit code followed by stderr. */
  private static String run(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return Main.run(args) + " " + err.toString(StandardCharsets.UTF_8);
    } finally {
      System.setErr(saved);
    }
  }

  private String compile(String name, String... model) {
    String[] common = {"compile", "--rows", "16", "--cols", "16", "--seed", "9", "-o",
        tmp.resolve(name).toString()};
    String[] args = new String[common.length + model.length];
    System.arraycopy(common, 0, args, 0, common.length);
    System.arraycopy(model, 0, args, common.length, model.length);
    return run(args);
  }

  @Test
  void quantizedModelCompiles() throws Exception {
    String result = compile("d", "--model", quantModel.toString());
    assertTrue(result.startsWith("0 "), result);
    Path folder = tmp.resolve("d");
    CompiledDesign design = DesignFolder.read(folder);
    assertEquals(4, design.weightBits());
    assertEquals(16, design.rows());
    JsonNode manifest = DeviceProfileFile.mapper().readTree(folder.resolve("manifest.json")
        .toFile());
    assertEquals(Sha256.of(quantModel), manifest.path("inputModelSha256").asText());
    assertEquals(2.5, manifest.path("z").asDouble());
    assertEquals(4, manifest.path("bits").asInt());
    assertEquals(9, manifest.path("seed").asLong());
  }

  @Test
  void floatModelMatchesQuantized() throws Exception {
    assertTrue(compile("q", "--model", quantModel.toString()).startsWith("0 "));
    String result = compile("f", "--float-model", floatModel.toString(), "--z", "2.5",
        "--bits", "4");
    assertTrue(result.startsWith("0 "), result);
    for (String name : new String[] {"maps/array_000_cond.hex", "maps/array_004.csv",
        "design.json", "report.json"}) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve("q").resolve(name)),
          Files.readAllBytes(tmp.resolve("f").resolve(name)), name);
    }
  }

  @Test
  void tooManyBitsForDevice() {
    String result = compile("d", "--float-model", floatModel.toString(), "--z", "3",
        "--bits", "5");
    assertTrue(result.startsWith("1 "), result);
    assertTrue(result.contains("levels 0..7"), result);
    assertFalse(Files.exists(tmp.resolve("d")));
  }

  @Test
  void bothModelsRejected() {
    String result = compile("d", "--model", quantModel.toString(), "--float-model",
        floatModel.toString());
    assertTrue(result.startsWith("2 "), result);
    assertTrue(result.contains("not both"), result);
  }

  @Test
  void floatModelNeedsZ() {
    String result = compile("d", "--float-model", floatModel.toString(), "--bits", "4");
    assertTrue(result.startsWith("2 "), result);
    assertTrue(result.contains("--z"), result);
  }

  @Test
  void invalidZ() {
    String result = compile("d", "--float-model", floatModel.toString(), "--z", "-1",
        "--bits", "4");
    assertTrue(result.startsWith("2 "), result);
    assertTrue(result.contains("--z -1"), result);
  }

  @Test
  void corruptModelRejected() throws Exception {
    byte[] bytes = Files.readAllBytes(quantModel);
    bytes[bytes.length / 2] ^= 0x55;
    Files.write(quantModel, bytes);
    String result = compile("d", "--model", quantModel.toString());
    assertTrue(result.startsWith("1 "), result);
    assertTrue(result.contains(quantModel.toString()), result);
    assertFalse(Files.exists(tmp.resolve("d")));
  }

  @Test
  void missingModel() {
    String result = compile("d");
    assertTrue(result.startsWith("2 "), result);
    assertTrue(result.contains("--model"), result);
  }

  @Test
  void offsetMappingThreeBits() {
    String result = compile("d", "--float-model", floatModel.toString(), "--z", "2.5",
        "--bits", "3", "--mapping", "offset");
    assertTrue(result.startsWith("0 "), result);
    assertTrue(Files.isRegularFile(tmp.resolve("d/maps/array_000_cond.hex")));
  }
}
