package cimc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.CimcException;
import cimc.device.DeviceProfile;
import cimc.device.DeviceProfileFile;
import cimc.hw.CompiledDesign;
import cimc.map.CompileSettings;
import cimc.map.DesignFolder;
import cimc.map.FileSink;
import cimc.map.Mapping;
import cimc.map.QuantizedWeights;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileFolderTest {
  private static final int[] SIZES = {60, 20, 10};
  @TempDir
  Path tmp;

  static QuantizedWeights network(int bits, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int max = (1 << (bits - 1)) - 1;
    byte[][] codes = new byte[SIZES.length - 1][];
    float[][] biases = new float[SIZES.length - 1][];
    for (int l = 0; l < codes.length; l++) {
      codes[l] = new byte[SIZES[l] * SIZES[l + 1]];
      for (int k = 0; k < codes[l].length; k++) {
        codes[l][k] = (byte) random.nextInt(-max, max + 1);
      }
      biases[l] = new float[SIZES[l + 1]];
      for (int o = 0; o < biases[l].length; o++) {
        biases[l][o] = (float) random.nextGaussian();
      }
    }
    return new QuantizedWeights(bits, OptionalDouble.of(2.5), SIZES, codes,
        new double[] {0.01, 0.02}, biases, "ab".repeat(32));
  }

  /** Creates a noiseless device on which every read returns the true code. */
  static DeviceProfile noiseless(double stuckAtGmax) {
    DeviceProfile p = DeviceProfileFile.defaultProfile();
    return new DeviceProfile("ideal", "noiseless test device",
        new DeviceProfile.Conductance(0, 70, 8, 8, 0.1),
        new DeviceProfile.Programming(0.01, 0.6, 0.6, 0.1, 1.0, 100, 10, 64, 2),
        new DeviceProfile.Response(20, 0.5, 20, 0.5, 0),
        new DeviceProfile.Variation(0, 0, 0, stuckAtGmax, 0), p.assumed());
  }

  private static CommandLine noOptions() throws Exception {
    return new DefaultParser().parse(new Options(), new String[0]);
  }

  private Path compile(String name, QuantizedWeights w, DeviceProfile profile, Mapping mapping,
      int threads, FileSink sink) throws Exception {
    Path target = tmp.resolve(name);
    CompileCommand.compileFolder(noOptions(), w, profile,
        new CompileSettings(16, 16, mapping, 3, threads), target, false, sink);
    return target;
  }

  private static Map<String, byte[]> contents(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  @Test
  void readBackMatchesCodes() throws Exception {
    QuantizedWeights w = network(4, 1);
    DeviceProfile profile = noiseless(0);
    Path folder = compile("d", w, profile, Mapping.DIFFERENTIAL, 2, FileSink.DISK);
    CompiledDesign read = DesignFolder.read(folder);
    CompiledDesign ideal = CompiledDesign.ideal(SIZES, 4, w.codes(), w.scales(), w.biases(), 16,
        16, profile.grid());
    assertEquals(ideal.placement().arrayCount(), read.placement().arrayCount());
    assertArrayEquals(w.biases()[1], read.biases(1));
    assertEquals(0.02, read.weightScale(1));
    for (int a = 0; a < read.placement().arrayCount(); a++) {
      int[] got = read.cellCodes(a);
      int[] want = ideal.cellCodes(a);
      for (int c = 0; c < got.length; c++) {
        assertTrue(Math.abs(got[c] - want[c]) <= 2, "array " + a + " cell " + c + ": code "
            + got[c] + " outside the window of target " + want[c]);
      }
    }
    for (String name : List.of("manifest.json", "design.json", "report.md", "report.json",
        "conductance_histogram.png", "maps/array_000.csv", "maps/array_000_level.hex",
        "maps/array_011_cond.hex")) {
      assertTrue(Files.isRegularFile(folder.resolve(name)), name);
    }
  }

  @Test
  void traceRegeneratedFromFolder() throws Exception {
    Path folder = compile("d", network(4, 7), DeviceProfileFile.defaultProfile(),
        Mapping.DIFFERENTIAL, 2, FileSink.DISK);
    cimc.map.WriteVerify wv = DesignFolder.writeVerify(folder);
    int[] levels = DesignFolder.levels(folder, 3);
    int[] codes = DesignFolder.read(folder).cellCodes(3);
    List<String> csv = Files.readAllLines(folder.resolve("maps/array_003.csv"));
    int checked = 0;
    for (int cell = 0; cell < 256; cell++) {
      String[] f = csv.get(cell + 1).split(",", -1);
      if (f[11].equals("UNUSED")) {
        assertEquals(0, codes[cell]);
        continue;
      }
      cimc.map.CellTrace t = wv.trace(3, cell / 16, cell % 16, levels[cell]);
      assertEquals(Integer.parseInt(f[5]), levels[cell]);
      assertEquals(Integer.parseInt(f[9]), t.result().pulses(), "cell " + cell);
      assertEquals(f[11], t.result().status().name(), "cell " + cell);
      assertEquals(codes[cell], t.result().code(), "cell " + cell);
      checked++;
    }
    assertTrue(checked > 100, "cells checked: " + checked);
  }

  @Test
  void hexFilesHaveFixedWidth() throws Exception {
    Path folder = compile("d", network(4, 2), noiseless(0), Mapping.DIFFERENTIAL, 1,
        FileSink.DISK);
    String cond = Files.readString(folder.resolve("maps/array_000_cond.hex"));
    String level = Files.readString(folder.resolve("maps/array_000_level.hex"));
    assertTrue(cond.endsWith("\n"));
    assertEquals(256, cond.split("\n").length);
    assertTrue(cond.lines().allMatch(l -> l.matches("[0-9a-f]{2}")), cond);
    assertTrue(level.lines().allMatch(l -> l.matches("[0-7]")), level);
    List<String> csv = Files.readAllLines(folder.resolve("maps/array_000.csv"));
    assertEquals(257, csv.size());
    assertEquals("array,row,column,layer,weight_index,level,target_us,window_low_us,"
        + "window_high_us,predicted_pulses,predicted_final_us,status", csv.get(0));
  }

  @Test
  void tamperedHexRejected() throws Exception {
    Path folder = compile("d", network(4, 1), noiseless(0), Mapping.DIFFERENTIAL, 2,
        FileSink.DISK);
    Path hex = folder.resolve("maps/array_001_cond.hex");
    String text = Files.readString(hex);
    Files.writeString(hex, (text.startsWith("00") ? "01" : "00") + text.substring(2));
    CimcException e = assertThrows(CimcException.class, () -> DesignFolder.read(folder));
    assertTrue(e.getMessage().contains("maps/array_001_cond.hex"), e.getMessage());
    assertTrue(e.getMessage().contains("recompile"), e.getMessage());
  }

  @Test
  void rehashAcceptsAddedFile() throws Exception {
    Path folder = compile("d", network(4, 1), noiseless(0), Mapping.DIFFERENTIAL, 1,
        FileSink.DISK);
    DesignFolder.verify(folder);
    Files.writeString(folder.resolve("hardware.json"), "{}\n");
    cimc.map.Manifest.rehash(folder);
    JsonNode manifest = DesignFolder.verify(folder);
    assertTrue(manifest.path("files").has("hardware.json"));
    assertEquals("differential", manifest.path("mapping").asText());
    Files.writeString(folder.resolve("hardware.json"), "{\"x\": 1}\n");
    CimcException e = assertThrows(CimcException.class, () -> DesignFolder.read(folder));
    assertTrue(e.getMessage().contains("hardware.json"), e.getMessage());
  }

  @Test
  void sameSeedByteIdentical() throws Exception {
    QuantizedWeights w = network(4, 5);
    DeviceProfile p = DeviceProfileFile.defaultProfile();
    Map<String, byte[]> one = contents(compile("a", w, p, Mapping.DIFFERENTIAL, 1,
        FileSink.DISK));
    Map<String, byte[]> two = contents(compile("b", w, p, Mapping.DIFFERENTIAL, 2,
        FileSink.DISK));
    Map<String, byte[]> again = contents(compile("c", w, p, Mapping.DIFFERENTIAL, 2,
        FileSink.DISK));
    assertEquals(one.keySet(), two.keySet());
    for (String name : one.keySet()) {
      assertArrayEquals(one.get(name), two.get(name), "1 vs 2 threads: " + name);
      assertArrayEquals(two.get(name), again.get(name), "repeat: " + name);
    }
  }

  @Test
  void stuckCellsListed() throws Exception {
    Path folder = compile("d", network(4, 1), noiseless(1.0), Mapping.DIFFERENTIAL, 2,
        FileSink.DISK);
    JsonNode report = DeviceProfileFile.mapper().readTree(folder.resolve("report.json")
        .toFile());
    JsonNode first = report.path("failedCells").path(0);
    assertEquals(0, first.path("array").asInt());
    assertEquals(0, first.path("row").asInt());
    assertEquals(0, first.path("column").asInt());
    assertEquals("STUCK", first.path("status").asText());
    assertEquals(report.path("cells").path("stuck").asLong(), report.path("usedCells").asLong());
    String md = Files.readString(folder.resolve("report.md"));
    assertTrue(md.contains("| 0 | 0 | 0 | 0 |"), md);
    String csv = Files.readString(folder.resolve("maps/array_000.csv"));
    assertTrue(csv.contains("\n0,0,0,0,0,"), csv.substring(0, 300));
    assertTrue(csv.lines().skip(1).limit(1).allMatch(l -> l.endsWith(",STUCK")));
  }

  @Test
  void offsetMappingMapsOnly() throws Exception {
    Path folder = compile("d", network(3, 1), noiseless(0), Mapping.OFFSET, 2, FileSink.DISK);
    DesignFolder.verify(folder);
    assertTrue(Files.isRegularFile(folder.resolve("maps/array_000_cond.hex")));
    CimcException e = assertThrows(CimcException.class, () -> DesignFolder.read(folder));
    assertTrue(e.getMessage().startsWith("unsupported: offset mapping"), e.getMessage());
  }

  @Test
  void offsetNeedsLevels() {
    CimcException e = assertThrows(CimcException.class, () -> compile("d", network(4, 1),
        noiseless(0), Mapping.OFFSET, 1, FileSink.DISK));
    assertTrue(e.getMessage().contains("15 levels"), e.getMessage());
    assertFalse(Files.exists(tmp.resolve("d")));
  }

  @Test
  void codesBeyondLevels() {
    DeviceProfile p = noiseless(0);
    DeviceProfile four = new DeviceProfile("four", "", new DeviceProfile.Conductance(0, 70, 4,
        8, 0.1), p.programming(), p.response(), p.variation(), p.assumed());
    CimcException e = assertThrows(CimcException.class, () -> compile("d", network(4, 1), four,
        Mapping.DIFFERENTIAL, 1, FileSink.DISK));
    assertTrue(e.getMessage().contains("levels 0..3"), e.getMessage());
    assertTrue(e.getMessage().contains("at most 3"), e.getMessage());
    assertFalse(Files.exists(tmp.resolve("d")));
  }

  @Test
  void fullDiskLeavesNothing() throws Exception {
    AtomicInteger opened = new AtomicInteger();
    FileSink full = file -> {
      if (opened.incrementAndGet() > 5) {
        throw new IOException("No space left on device");
      }
      return FileSink.DISK.open(file);
    };
    CimcException e = assertThrows(CimcException.class, () -> compile("d", network(4, 1),
        noiseless(0), Mapping.DIFFERENTIAL, 2, full));
    assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of(), left.toList());
    }
  }

  @Test
  void failingWriterMidFile() throws Exception {
    FileSink broken = file -> new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    assertThrows(CimcException.class, () -> compile("d", network(4, 1), noiseless(0),
        Mapping.DIFFERENTIAL, 1, broken));
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of(), left.toList());
    }
  }

  @Test
  void unwritableOutput() throws Exception {
    Path file = Files.writeString(tmp.resolve("plain-file"), "x");
    Path target = file.resolve("design");
    CimcException e = assertThrows(CimcException.class, () -> CompileCommand.compileFolder(
        noOptions(), network(4, 1), noiseless(0), new CompileSettings(16, 16,
            Mapping.DIFFERENTIAL, 1, 1), target, false, FileSink.DISK));
    assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
  }

  @Test
  void existingFolderNeedsForce() throws Exception {
    Files.createDirectory(tmp.resolve("d"));
    CimcException e = assertThrows(CimcException.class, () -> compile("d", network(4, 1),
        noiseless(0), Mapping.DIFFERENTIAL, 1, FileSink.DISK));
    assertTrue(e.getMessage().contains("--force"), e.getMessage());
  }
}
