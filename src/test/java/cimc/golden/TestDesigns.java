package cimc.golden;

import cimc.hw.CompiledDesign;
import cimc.hw.ConductanceGrid;
import cimc.hw.HardwareSpec;
import cimc.hw.LayerSpec;
import cimc.hw.PulseConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random designs, specs and inputs for golden-model tests. */
final class TestDesigns {
  static final ConductanceGrid GRID = new ConductanceGrid(1.0, 71.0, 8, 8);

  private TestDesigns() {}

  /** A design with random weight codes; with {@code jitter > 0} cell codes move by up to it. */
  static CompiledDesign design(int[] sizes, int rows, int cols, int weightBits, long seed,
      int jitter) {
    Random random = new Random(seed);
    int max = (1 << (weightBits - 1)) - 1;
    byte[][] codes = new byte[sizes.length - 1][];
    float[][] biases = new float[sizes.length - 1][];
    double[] scales = new double[sizes.length - 1];
    for (int l = 0; l < codes.length; l++) {
      codes[l] = new byte[sizes[l] * sizes[l + 1]];
      for (int k = 0; k < codes[l].length; k++) {
        codes[l][k] = (byte) (random.nextInt(2 * max + 1) - max);
      }
      biases[l] = new float[sizes[l + 1]];
      scales[l] = 0.05;
    }
    CompiledDesign ideal = CompiledDesign.ideal(sizes, weightBits, codes, scales, biases, rows,
        cols, GRID);
    if (jitter == 0) {
      return ideal;
    }
    int[][] cells = new int[ideal.placement().arrayCount()][];
    for (int a = 0; a < cells.length; a++) {
      cells[a] = ideal.cellCodes(a).clone();
      for (int c = 0; c < cells[a].length; c++) {
        int moved = cells[a][c] + random.nextInt(2 * jitter + 1) - jitter;
        cells[a][c] = Math.max(0, Math.min(GRID.maxCode(), moved));
      }
    }
    return new CompiledDesign(sizes, weightBits, ideal.placement(), GRID, scales, biases, cells);
  }

  /** A spec with random steps, biases and requantization that keeps activations varied. */
  static HardwareSpec spec(CompiledDesign design, int adcsPerArray, int adcBits, int actBits,
      long seed) {
    Random random = new Random(seed);
    int[] sizes = design.sizes();
    List<LayerSpec> layers = new ArrayList<>();
    for (int l = 0; l + 1 < sizes.length; l++) {
      boolean last = l + 2 == sizes.length;
      int[] biases = new int[sizes[l + 1]];
      for (int o = 0; o < biases.length; o++) {
        biases[o] = random.nextInt(41) - 20;
      }
      int inputBits = l == 0 ? 1 : actBits;
      int step = 1 + random.nextInt(6);
      layers.add(new LayerSpec(inputBits, last ? 0 : actBits, step, biases,
          last ? 1 : 200 + random.nextInt(3000), last ? 0 : 10 + random.nextInt(3), 0.05, 1, 
          last ? 0 : 0.1));
    }
    return new HardwareSpec(design.rows(), design.cols(), adcsPerArray, adcBits,
        GRID.levels(), GRID.substeps(), design.weightBits(), sizes, layers,
        PulseConfig.defaults(GRID.substeps()), null);
  }

  /** Random 0/1 pixels for {@code count} images, about {@code density} of them set. */
  static byte[] pixels(int count, int inputs, double density, long seed) {
    Random random = new Random(seed);
    byte[] pixels = new byte[count * inputs];
    for (int k = 0; k < pixels.length; k++) {
      pixels[k] = (byte) (random.nextDouble() < density ? 1 : 0);
    }
    return pixels;
  }
}
