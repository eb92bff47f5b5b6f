package cimc.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.hw.CompiledDesign;
import cimc.hw.HardwareSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorWriterTest {
  private static final int[] SIZES = {784, 128, 64, 10};
  private static CompiledDesign design;
  private static HardwareSpec spec;
  private static byte[] pixels;
  private static byte[] labels;

  @BeforeAll
  static void setUp() {
    design = TestDesigns.design(SIZES, 48, 48, 4, 11, 2);
    spec = TestDesigns.spec(design, 8, 6, 4, 11);
    pixels = TestDesigns.pixels(20, 784, 0.2, 11);
    labels = new byte[20];
    for (int n = 0; n < 20; n++) {
      labels[n] = (byte) (n % 10);
    }
  }

  private static Path write(Path dir, String name) {
    Path out = dir.resolve(name);
    VectorWriter.write(out, false, design, spec, pixels, labels,
        new VectorWriter.Options(new int[] {4, 5, 6}, new int[] {0, 111}, 1, "synthetic", null));
    return out;
  }

  @Test
  void filesMatchIndex(@TempDir Path dir) throws Exception {
    Path out = write(dir, "v");
    JsonNode index = new ObjectMapper().readTree(out.resolve("index.json").toFile());
    assertEquals(3, index.get("images").asInt());
    JsonNode files = index.get("files");
    assertEquals(10, files.size());
    for (var it = files.fields(); it.hasNext();) {
      var e = it.next();
      byte[] bytes = Files.readAllBytes(out.resolve(e.getKey()));
      assertEquals(e.getValue().get("sha256").asText(), HexFile.sha256(bytes), e.getKey());
      assertEquals('\n', bytes[bytes.length - 1], e.getKey());
      assertEquals(e.getValue().get("lines").asLong(),
          Files.readAllLines(out.resolve(e.getKey())).size(), e.getKey());
    }
    assertEquals(3 * 384, files.get("adc_codes.hex").get("lines").asInt());
    assertEquals(3 * 25, files.get("inputs.hex").get("lines").asInt());
    assertEquals(3 * 202, files.get("activations.hex").get("lines").asInt());
    assertEquals(113 * 48 * 48, files.get("cells.hex").get("lines").asInt());
    int jobs = index.get("program").get("jobs").asInt();
    assertEquals(48 * 48 + 48 * 20, jobs);
    assertEquals(10 * jobs, files.get("prog_jobs.hex").get("lines").asInt());
  }

  @Test
  void linesDecodeToTrace(@TempDir Path dir) throws Exception {
    Path out = write(dir, "v");
    GoldenTrace trace = new GoldenModel(design, spec).trace(pixels, 5 * 784, 5);
    List<String> beats = Files.readAllLines(out.resolve("adc_codes.hex"));
    for (int beat = 0; beat < 384; beat++) {
      BigInteger packed = new BigInteger(beats.get(384 + beat), 16);
      for (int n = 0; n < 8; n++) {
        int raw = packed.shiftRight(6 * n).intValue() & 63;
        int k = raw >= 32 ? raw - 64 : raw;
        assertEquals(trace.adcCodes()[beat * 8 + n], k, "beat " + beat + " ADC " + n);
      }
    }
    List<String> acts = Files.readAllLines(out.resolve("activations.hex"));
    int width = spec.activationValueBits();
    long[] logits = trace.outputs()[2];
    for (int o = 0; o < 10; o++) {
      long raw = Long.parseLong(acts.get(202 + 192 + o), 16);
      long v = raw >= 1L << (width - 1) ? raw - (1L << width) : raw;
      assertEquals(logits[o], v, "logit " + o);
    }
    List<String> words = Files.readAllLines(out.resolve("inputs.hex"));
    for (int i = 0; i < 784; i++) {
      long word = Long.parseLong(words.get(25 + i / 32), 16);
      assertEquals(pixels[5 * 784 + i], (word >> (i % 32)) & 1, "pixel " + i);
    }
    assertEquals(Integer.toHexString(trace.predictedClass()),
        Files.readAllLines(out.resolve("classes.hex")).get(1));
  }

  @Test
  void pulseTablesReplay(@TempDir Path dir) throws Exception {
    Path out = write(dir, "v");
    List<String> jobs = Files.readAllLines(out.resolve("prog_jobs.hex"));
    List<String> reads = Files.readAllLines(out.resolve("prog_reads.hex"));
    List<String> pulses = Files.readAllLines(out.resolve("prog_pulses.hex"));
    int count = jobs.size() / 10;
    for (int j = 0; j < count; j++) {
      int[] w = new int[10];
      for (int k = 0; k < 10; k++) {
        w[k] = (int) Long.parseLong(jobs.get(10 * j + k), 16);
      }
      int n = w[5];
      int last = Integer.parseInt(reads.get(w[8] + n), 16);
      assertEquals(w[7], last);
      assertEquals(w[6] == 1, w[3] <= last && last <= w[4]);
      for (int p = 0; p < n; p++) {
        int read = Integer.parseInt(reads.get(w[8] + p), 16);
        int pulse = Integer.parseInt(pulses.get(w[9] + p), 16);
        assertEquals(read < w[3], (pulse >> 6) == 1, "job " + j + " pulse " + p);
      }
    }
  }

  @Test
  void outputIsDeterministic(@TempDir Path dir) throws Exception {
    Path a = write(dir, "a");
    Path b = write(dir, "b");
    try (Stream<Path> files = Files.list(a)) {
      for (Path f : files.toList()) {
        assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(f.getFileName())),
            f.getFileName().toString());
      }
    }
    assertTrue(Files.exists(a.resolve("hardware.json")));
  }
}
