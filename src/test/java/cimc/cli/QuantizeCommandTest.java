package cimc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cimc.nn.Mlp;
import cimc.nn.ModelFile;
import cimc.nn.ModelMetadata;
import cimc.quant.QuantizedModel;
import cimc.quant.QuantizedModelFile;
import cimc.quant.Quantizer;
import cimc.quant.SigmaClip;
import cimc.study.ModelCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuantizeCommandTest {
  @TempDir
  Path dir;

  Path writeModel() {
    SplittableRandom random = new SplittableRandom(2);
    Mlp model = Mlp.zeros(20, 8, 4);
    for (int l = 0; l < 2; l++) {
      float[] w = model.weights(l);
      for (int k = 0; k < w.length; k++) {
        w[k] = (float) (random.nextGaussian() * 0.2);
      }
      model.biases(l)[1] = 0.5f;
    }
    Path path = dir.resolve("model.cimc");
    ModelFile.write(model, new ModelMetadata(1, 1, 8, "adam", 0.001, 0.9, Double.NaN,
        "0".repeat(64)), path);
    return path;
  }

  @Test
  void quantizeWritesFile() {
    Path model = writeModel();
    Path out = dir.resolve("q.cimq");
    assertEquals(0, Main.run("quantize", "--model", model.toString(), "--output",
        out.toString(), "--z", "2", "--bits", "5", "--per-neuron"));
    QuantizedModel read = QuantizedModelFile.read(out);
    QuantizedModel expected = Quantizer.quantize(ModelFile.read(model).network(), 5,
        new SigmaClip(OptionalDouble.of(2), true), ModelCache.sha256(model));
    assertEquals(5, read.bits());
    assertEquals(OptionalDouble.of(2), read.z());
    assertEquals(expected.sourceModelSha256(), read.sourceModelSha256());
    for (int l = 0; l < 2; l++) {
      assertArrayEquals(expected.codes(l), read.codes(l));
      assertEquals(expected.scale(l), read.scale(l), 0);
    }
  }

  @Test
  void noneAccepted() {
    Path model = writeModel();
    Path out = dir.resolve("none.cimq");
    assertEquals(0, Main.run("quantize", "--model", model.toString(), "--output",
        out.toString(), "--z", "none"));
    assertEquals(OptionalDouble.empty(), QuantizedModelFile.read(out).z());
  }

  @Test
  void badOptionsRejected() {
    Path model = writeModel();
    Path out = dir.resolve("bad.cimq");
    for (String z : new String[] {"0", "-1", "NaN", "inf"}) {
      assertEquals(2, Main.run("quantize", "--model", model.toString(), "--output",
          out.toString(), "--z", z), z);
    }
    for (String bits : new String[] {"0", "1", "9"}) {
      assertEquals(2, Main.run("quantize", "--model", model.toString(), "--output",
          out.toString(), "--bits", bits), bits);
    }
    assertFalse(Files.exists(out));
  }

  @Test
  void missingModelFails() {
    assertEquals(1, Main.run("quantize", "--model", dir.resolve("absent.cimc").toString(),
        "--output", dir.resolve("x.cimq").toString()));
  }

  @Test
  void unwritableOutputFails() throws IOException {
    Path model = writeModel();
    Path blocker = dir.resolve("blocker");
    Files.writeString(blocker, "not a folder");
    Path out = blocker.resolve("q.cimq");
    assertEquals(1, Main.run("quantize", "--model", model.toString(), "--output",
        out.toString()));
    assertFalse(Files.exists(out));
  }
}
