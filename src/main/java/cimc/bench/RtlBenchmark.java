package cimc.bench;

import cimc.hw.HardwareSpec;
import cimc.hw.LayerSpec;
import cimc.hw.PulseConfig;
import cimc.rtl.gen.RtlGenerator;
import cimc.rtl.gen.RtlParams;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Time to generate the controller RTL (every module, the waiver file, the register header,
 * driver and table) for a network of about 10 million weights, 784-4096-1700-10 on 48 x 48
 * arrays. The biases are seeded random integers in -512..511, so the bias ROM has an entry per
 * neuron as a calibrated design would. Tool runs (Yosys, nextpnr) are not included.
 */
public final class RtlBenchmark implements Benchmark {
  private static final int[] SIZES = {784, 4096, 1700, 10};
  private static final int REPEATS = 3;

  @Override
  public String name() {
    return "rtl";
  }

  @Override
  public String summary() {
    return "seconds to generate the controller RTL of a 10-million-weight design";
  }

  @Override
  public void run(BenchContext context, PrintStream out) {
    HardwareSpec spec = spec();
    long weights = 0;
    for (int l = 0; l + 1 < SIZES.length; l++) {
      weights += (long) SIZES[l] * SIZES[l + 1];
    }
    out.printf("rtl: network 784-4096-1700-10, %d weights, %d arrays of 48x48%n", weights,
        spec.placement().arrayCount());
    double best = Double.MAX_VALUE;
    long lines = 0;
    long chars = 0;
    for (int r = 0; r < REPEATS; r++) {
      long begin = System.nanoTime();
      Map<String, String> files = RtlGenerator.files(RtlParams.from(spec));
      best = Math.min(best, (System.nanoTime() - begin) / 1e9);
      lines = files.values().stream().mapToLong(text -> text.lines().count()).sum();
      chars = files.values().stream().mapToLong(String::length).sum();
    }
    out.printf("rtl: %d files, %d lines, %.1f MB of text%n", RtlGenerator.sources(
        RtlParams.from(spec)).size() + 4, lines, chars / 1e6);
    out.printf("rtl: generation %.2f s (best of %d, 1 thread)%n", best, REPEATS);
  }

  private static HardwareSpec spec() {
    SplittableRandom random = new SplittableRandom(1);
    List<LayerSpec> layers = new ArrayList<>();
    for (int l = 0; l + 1 < SIZES.length; l++) {
      boolean hidden = l + 2 < SIZES.length;
      int[] biases = new int[SIZES[l + 1]];
      for (int o = 0; o < biases.length; o++) {
        biases[o] = random.nextInt(-512, 512);
      }
      layers.add(new LayerSpec(l == 0 ? 1 : 4, hidden ? 4 : 0, 8, biases, hidden ? 181 : 1,
          hidden ? 12 : 0, 1, 1, hidden ? 1 : 0));
    }
    return new HardwareSpec(48, 48, 8, 6, 8, 8, 4, SIZES, layers, PulseConfig.defaults(8),
        null);
  }
}
