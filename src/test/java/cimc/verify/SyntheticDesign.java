package cimc.verify;

import cimc.device.DeviceProfile;
import cimc.device.DeviceProfileFile;
import cimc.golden.VectorWriter;
import cimc.hw.CompiledDesign;
import cimc.hw.ConductanceGrid;
import cimc.hw.HardwareSpec;
import cimc.hw.HardwareSpecJson;
import cimc.hw.LayerSpec;
import cimc.map.FolderProgramSource;
import cimc.rtl.gen.RtlGenerator;
import cimc.rtl.gen.RtlParams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A design folder with random weights, a random but valid hardware spec and golden vectors of
 * random images: hardware.json, maps/array_NNN_cond.hex, vectors/ and the generated rtl/. It has everything the
 * testbench reads, without training or compiling a network. The write-verify tables of array 0
 * are the shipped device profile's simulation, and hardware.json has that profile's pulse
 * settings, as a compiled and calibrated design folder does.
 */
final class SyntheticDesign {
  static final ConductanceGrid GRID = new ConductanceGrid(1.0, 71.0, 8, 8);
  static final DeviceProfile DEVICE = DeviceProfileFile.defaultProfile();

  final Path dir;
  final CompiledDesign design;
  final HardwareSpec spec;

  private SyntheticDesign(Path dir, CompiledDesign design, HardwareSpec spec) {
    this.dir = dir;
    this.design = design;
    this.spec = spec;
  }

  /** Writes the folder; cells sit up to {@code jitter} codes away from their level's target. */
  static SyntheticDesign write(Path dir, int[] sizes, int images, long seed, int jitter)
      throws IOException {
    Random random = new Random(seed);
    CompiledDesign design = design(sizes, random, jitter);
    HardwareSpec spec = spec(design, random);
    Files.createDirectories(dir.resolve("maps"));
    HardwareSpecJson.write(spec, dir.resolve("hardware.json"));
    for (int a = 0; a < design.placement().arrayCount(); a++) {
      StringBuilder text = new StringBuilder();
      for (int code : design.cellCodes(a)) {
        text.append(String.format("%02x%n", code));
      }
      Files.writeString(dir.resolve(String.format("maps/array_%03d_cond.hex", a)), text);
    }
    byte[] pixels = new byte[images * sizes[0]];
    for (int k = 0; k < pixels.length; k++) {
      pixels[k] = (byte) (random.nextDouble() < 0.2 ? 1 : 0);
    }
    byte[] labels = new byte[images];
    int[] indices = new int[images];
    for (int n = 0; n < images; n++) {
      indices[n] = n;
      labels[n] = (byte) (n % 10);
    }
    VectorWriter.write(dir.resolve("vectors"), false, design, spec, pixels, labels,
        new VectorWriter.Options(indices, new int[] {0}, seed, "synthetic",
            new DeviceProgramSource(design, DEVICE, seed)));
    for (var file : RtlGenerator.files(RtlParams.from(spec)).entrySet()) {
      Path target = dir.resolve("rtl").resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue());
    }
    writeManifest(dir);
    return new SyntheticDesign(dir, design, spec);
  }

  /** Lists the SHA-256 of every file but the vectors, as a compiled design's manifest does. */
  static void writeManifest(Path dir) throws IOException {
    StringBuilder files = new StringBuilder();
    try (var walk = Files.walk(dir)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = dir.relativize(file).toString();
        if (name.startsWith("vectors") || name.equals("manifest.json")) {
          continue;
        }
        files.append(files.length() == 0 ? "" : ",\n").append("    \"").append(name)
            .append("\": \"").append(Verifier.sha256(file)).append('"');
      }
    }
    Files.writeString(dir.resolve("manifest.json"), "{\n  \"files\": {\n" + files + "\n  }\n}\n");
  }

  private static CompiledDesign design(int[] sizes, Random random, int jitter) {
    byte[][] codes = new byte[sizes.length - 1][];
    float[][] biases = new float[sizes.length - 1][];
    double[] scales = new double[sizes.length - 1];
    for (int l = 0; l < codes.length; l++) {
      codes[l] = new byte[sizes[l] * sizes[l + 1]];
      for (int k = 0; k < codes[l].length; k++) {
        codes[l][k] = (byte) (random.nextInt(15) - 7);
      }
      biases[l] = new float[sizes[l + 1]];
      scales[l] = 0.05;
    }
    CompiledDesign ideal = CompiledDesign.ideal(sizes, 4, codes, scales, biases, 48, 48, GRID);
    int[][] cells = new int[ideal.placement().arrayCount()][];
    for (int a = 0; a < cells.length; a++) {
      cells[a] = ideal.cellCodes(a).clone();
      for (int c = 0; c < cells[a].length; c++) {
        int moved = cells[a][c] + random.nextInt(2 * jitter + 1) - jitter;
        cells[a][c] = Math.max(0, Math.min(GRID.maxCode(), moved));
      }
    }
    return new CompiledDesign(sizes, 4, ideal.placement(), GRID, scales, biases, cells);
  }

  private static HardwareSpec spec(CompiledDesign design, Random random) {
    int[] sizes = design.sizes();
    List<LayerSpec> layers = new ArrayList<>();
    for (int l = 0; l + 1 < sizes.length; l++) {
      boolean last = l + 2 == sizes.length;
      int[] biases = new int[sizes[l + 1]];
      for (int o = 0; o < biases.length; o++) {
        biases[o] = random.nextInt(41) - 20;
      }
      layers.add(new LayerSpec(l == 0 ? 1 : 4, last ? 0 : 4, 20 + random.nextInt(40), biases,
          last ? 1 : 200 + random.nextInt(3000), last ? 0 : 8 + random.nextInt(3), 0.05, 1,
          last ? 0 : 0.1));
    }
    return new HardwareSpec(48, 48, 8, 6, GRID.levels(), GRID.substeps(), 4, sizes, layers,
        FolderProgramSource.pulseConfig(DEVICE), null);
  }
}
