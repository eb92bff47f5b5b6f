package cimc.bench;

import cimc.device.DeviceProfileFile;
import cimc.io.AtomicOutput;
import cimc.map.CompileSettings;
import cimc.map.DesignCompiler;
import cimc.map.FileSink;
import cimc.map.Manifest;
import cimc.map.Mapping;
import cimc.map.ProgrammedDesign;
import cimc.map.QuantizedWeights;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * Benchmark of {@code cimc compile} on synthetic networks with random 4-bit codes and the
 * shipped device profile. The first case prints cells per second for mapping, write-verify
 * simulation and map formatting, with the file output discarded. The second prints wall time,
 * cells per second and peak heap of a full compile to disk (maps, design.json, report,
 * manifest) of a network with about 10 million weights. Run it with {@code -Xmx2g} to check the
 * memory bound.
 */
public final class CompileBenchmark implements Benchmark {
  /** About 10.5 million weights: 2048·4096 + 4096·512 + 512·10. */
  static final int[] LARGE = {2048, 4096, 512, 10};
  /** About 2.1 million weights, for the throughput figure. */
  static final int[] MEDIUM = {1024, 1024, 1024, 10};

  @Override
  public String name() {
    return "compile";
  }

  @Override
  public String summary() {
    return "cells/s of mapping and programming simulation, and peak heap of a 10M-weight"
        + " compile";
  }

  @Override
  public void run(BenchContext context, PrintStream out) throws IOException {
    run(context.threads(), false, out);
  }

  /** Runs both cases with all cores; {@code --quick} runs a small throughput case only. */
  public static void main(String[] args) throws IOException {
    boolean quick = args.length > 0 && args[0].equals("--quick");
    run(Runtime.getRuntime().availableProcessors(), quick, System.out);
  }

  /** Runs the benchmark with {@code threads} workers and prints its figures to {@code out}. */
  public static void run(int threads, boolean quick, PrintStream out) throws IOException {
    out.printf(Locale.ROOT, "compile: %d threads, max heap %d MiB%n", threads,
        Runtime.getRuntime().maxMemory() >> 20);
    throughput(quick ? new int[] {256, 256, 10} : MEDIUM, threads, out);
    if (!quick) {
      fullCompile(LARGE, threads, out);
    }
  }

  /** Measures programming plus map formatting with the files discarded. */
  static void throughput(int[] sizes, int threads, PrintStream out) throws IOException {
    QuantizedWeights w = synthetic(sizes, 1);
    FileSink discard = file -> OutputStream.nullOutputStream();
    Path folder = Files.createTempDirectory("cimc-bench");
    try {
      run(w, threads, folder, discard);
      long start = System.nanoTime();
      ProgrammedDesign d = run(w, threads, folder, discard);
      double seconds = (System.nanoTime() - start) / 1e9;
      long cells = d.layout().usedCells();
      out.printf(Locale.ROOT, "compile: map+program (files discarded): %d weights, %d cells in"
          + " %.2f s = %.0f cells/s, mean %.2f pulses per cell%n", w.weightCount(), cells,
          seconds, cells / seconds, d.stats().pulseMean());
    } finally {
      AtomicOutput.deleteQuietly(folder);
    }
  }

  /** Runs a full compile to disk and reports time and peak heap. */
  static void fullCompile(int[] sizes, int threads, PrintStream out) throws IOException {
    QuantizedWeights w = synthetic(sizes, 2);
    Path folder = Files.createTempDirectory("cimc-bench");
    resetPeaks();
    try {
      long start = System.nanoTime();
      ProgrammedDesign d = run(w, threads, folder, FileSink.DISK);
      DesignCompiler.writeDesignJson(d, folder, FileSink.DISK);
      DesignCompiler.writeReport(d, folder, FileSink.DISK);
      Manifest.write(d, folder, FileSink.DISK);
      double seconds = (System.nanoTime() - start) / 1e9;
      long cells = d.layout().usedCells();
      out.printf(Locale.ROOT, "compile: full compile to disk: %d weights, %d arrays, %d cells in"
          + " %.2f s = %.0f cells/s, %d MiB written, peak heap %d MiB%n", w.weightCount(),
          d.layout().arrayCount(), cells, seconds, cells / seconds, folderBytes(folder) >> 20,
          peakHeapBytes() >> 20);
    } finally {
      AtomicOutput.deleteQuietly(folder);
    }
  }

  private static ProgrammedDesign run(QuantizedWeights w, int threads, Path folder,
      FileSink sink) throws IOException {
    CompileSettings settings = new CompileSettings(48, 48, Mapping.DIFFERENTIAL, 1, threads);
    return DesignCompiler.compile(w, DeviceProfileFile.defaultProfile(), settings, folder, sink);
  }

  /** Creates a network of the given sizes with uniform random 4-bit codes. */
  static QuantizedWeights synthetic(int[] sizes, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int layers = sizes.length - 1;
    byte[][] codes = new byte[layers][];
    float[][] biases = new float[layers][];
    double[] scales = new double[layers];
    for (int l = 0; l < layers; l++) {
      codes[l] = new byte[sizes[l] * sizes[l + 1]];
      for (int k = 0; k < codes[l].length; k++) {
        codes[l][k] = (byte) random.nextInt(-7, 8);
      }
      biases[l] = new float[sizes[l + 1]];
      scales[l] = 0.01;
    }
    return new QuantizedWeights(4, OptionalDouble.empty(), sizes, codes, scales, biases,
        "0".repeat(64));
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** Sum of the heap pools' peak usage: an upper bound of the live heap, garbage included. */
  private static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static long folderBytes(Path folder) throws IOException {
    try (var walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
