package cimc.rtl.gen;

import cimc.hw.LayerTiling;
import cimc.hw.PulseConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random cell codes, images and program jobs for a small design, with the expected
 * observation beats of the testbench computed by {@link ReferenceModel}.
 */
final class TestVectors {
  static final int SUBSTEPS = 2;

  final RtlParams params;
  final int[][] cells;
  final int[][] progCells;
  final List<int[]> images = new ArrayList<>();
  final List<ReferenceModel.Trace> traces = new ArrayList<>();
  /** Jobs as {array, row, col, lo, hi}. */
  final List<int[]> jobs = new ArrayList<>();
  final List<ReferenceModel.Job> jobResults = new ArrayList<>();
  final PulseConfig pulseConfig;

  TestVectors(RtlParams p, long seed, int imageCount) {
    this.params = p;
    Random random = new Random(seed);
    this.cells = weightCells(p, random);
    for (int i = 0; i < imageCount; i++) {
      int[] image = new int[p.layer(0).tiling().inputs()];
      for (int k = 0; k < image.length; k++) {
        image[k] = random.nextInt(3) == 0 ? 0 : 1;
      }
      images.add(image);
      traces.add(ReferenceModel.infer(p, cells, image));
    }
    this.progCells = new int[p.arrayCount()][p.rows() * p.cols()];
    this.pulseConfig = p.pulses();
    addJobs();
  }

  /** Differential pairs of level codes q in [-3, 3] at substep 2, nudged by up to one code. */
  private static int[][] weightCells(RtlParams p, Random random) {
    int[][] cells = new int[p.arrayCount()][p.rows() * p.cols()];
    for (LayerParams lp : p.layers()) {
      LayerTiling t = lp.tiling();
      for (int ct = 0; ct < t.colTiles(); ct++) {
        for (int rt = 0; rt < t.rowTiles(); rt++) {
          int[] cell = cells[t.array(rt, ct)];
          for (int r = 0; r < t.rowsUsed(rt); r++) {
            for (int j = 0; j < t.pairsUsed(ct); j++) {
              int q = random.nextInt(7) - 3;
              cell[r * p.cols() + 2 * j] = nudge(Math.max(q, 0) * SUBSTEPS, random, p);
              cell[r * p.cols() + 2 * j + 1] = nudge(Math.max(-q, 0) * SUBSTEPS, random, p);
            }
          }
        }
      }
    }
    return cells;
  }

  private static int nudge(int code, Random random, RtlParams p) {
    return Math.max(0, Math.min(p.maxCode(), code + random.nextInt(3) - 1));
  }

  /**
   * Four jobs on distinct cells, each as {start code, lo, hi}: a SET ramp, a RESET ramp, a cell
   * already inside its window, and a SET ramp that runs out of budget.
   */
  private void addJobs() {
    int max = params.maxCode();
    int[][] specs = {{0, max - 1, max}, {max, 1, 2}, {3, 2, 4}, {0, max, max}};
    for (int i = 0; i < specs.length; i++) {
      int array = i % params.arrayCount();
      int row = i % params.rows();
      int col = i % params.cols();
      progCells[array][row * params.cols() + col] = specs[i][0];
      jobs.add(new int[] {array, row, col, specs[i][1], specs[i][2]});
      jobResults.add(ReferenceModel.program(specs[i][0], specs[i][1], specs[i][2], pulseConfig,
          max));
    }
  }

  int totalPulses() {
    return jobResults.stream().mapToInt(ReferenceModel.Job::pulses).sum();
  }

  int failures() {
    return (int) jobResults.stream().filter(j -> !j.pass()).count();
  }
}
