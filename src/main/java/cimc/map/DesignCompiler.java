package cimc.map;

import cimc.CimcException;
import cimc.device.DeviceProfile;
import cimc.hw.ConductanceGrid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Maps a quantized network onto crossbar arrays, simulates write-verify programming of every
 * used cell and streams each array's programming map into {@code maps/} as soon as the array is
 * done, keeping only the conductance codes in memory.
 */
public final class DesignCompiler {
  /** Folder of the per-array maps inside a design folder. */
  public static final String MAPS = "maps";

  private DesignCompiler() {}

  /** Lays out, programs and writes the maps of {@code weights} into {@code folder}. */
  public static ProgrammedDesign compile(QuantizedWeights weights, DeviceProfile profile,
      CompileSettings settings, Path folder, FileSink sink) throws IOException {
    if (settings.threads() < 1) {
      throw new CimcException("invalid thread count " + settings.threads() + ": use 1 or more");
    }
    CellLayout layout = new CellLayout(weights.sizes(), settings.rows(), settings.cols(),
        settings.mapping(), weights.bits());
    ConductanceGrid grid = profile.grid();
    weights.checkLevels(grid.levels(), settings.mapping());
    WriteVerify writeVerify = new WriteVerify(profile, settings.seed());
    Path maps = folder.resolve(MAPS);
    Files.createDirectories(maps);
    MapFiles files = new MapFiles(grid, writeVerify, layout.cols(), layout.arrayCount());
    int[][] cellCodes = new int[layout.arrayCount()][];
    ProgramStats total = new ProgramStats(grid);
    programAll(settings.threads(), layout.arrayCount(), array -> programArray(layout, weights,
        writeVerify, files, array, maps, sink), (p, array) -> {
          cellCodes[array] = p.codes;
          total.merge(p.stats);
        });
    return new ProgrammedDesign(weights, profile, settings, layout, cellCodes, total);
  }

  /** Work on one array in a worker thread. */
  @FunctionalInterface
  private interface ArrayTask {
    Programmed run(int array) throws IOException;
  }

  /**
   * Runs {@code task} for every array on {@code threads} workers and hands the results to
   * {@code consumer} in array order on the calling thread. At most {@code 4 * threads} arrays
   * are in flight, which bounds the memory held by finished but unconsumed results.
   */
  private static void programAll(int threads, int arrays, ArrayTask task,
      java.util.function.ObjIntConsumer<Programmed> consumer) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemon());
    try {
      ArrayDeque<Future<Programmed>> pending = new ArrayDeque<>();
      int window = 4 * threads;
      int next = 0;
      for (int done = 0; done < arrays; done++) {
        while (next < arrays && pending.size() < window) {
          int array = next++;
          pending.add(pool.submit(() -> task.run(array)));
        }
        consumer.accept(await(pending.removeFirst()), done);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Writes {@code design.json}, from which {@link DesignFolder#read} rebuilds the design. */
  public static void writeDesignJson(ProgrammedDesign design, Path folder, FileSink sink)
      throws IOException {
    DesignJson.write(design, folder, sink);
  }

  /** Writes {@code report.md}, {@code report.json} and {@code conductance_histogram.png}. */
  public static void writeReport(ProgrammedDesign design, Path folder, FileSink sink)
      throws IOException {
    ProgramReport.write(design, folder, sink);
    WriteVerify writeVerify = new WriteVerify(design.profile(), design.settings().seed());
    HistogramChart.write(design, writeVerify, folder, sink);
  }

  private record Programmed(int[] codes, ProgramStats stats) {}

  private static Programmed programArray(CellLayout layout, QuantizedWeights weights,
      WriteVerify writeVerify, MapFiles files, int array, Path maps, FileSink sink)
      throws IOException {
    ArrayOutcome outcome = ArrayOutcome.program(layout, weights.codes(), writeVerify, array);
    files.write(outcome, maps, sink);
    ProgramStats stats = ProgramStats.of(outcome, writeVerify.grid(), layout.cols());
    return new Programmed(outcome.codes, stats);
  }

  private static Programmed await(Future<Programmed> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CimcException("compile interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("programming an array failed", cause);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "cimc-program");
      t.setDaemon(true);
      return t;
    };
  }
}
