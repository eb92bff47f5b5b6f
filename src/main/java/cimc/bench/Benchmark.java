package cimc.bench;

import java.io.PrintStream;

/** One named benchmark that {@code cimc bench} can run. */
public interface Benchmark {
  /** The word that selects this benchmark on the command line, such as {@code train}. */
  String name();

  /** One line for the benchmark list. */
  String summary();

  /** Runs the benchmark and prints its figures, one per line, to {@code out}. */
  void run(BenchContext context, PrintStream out) throws Exception;
}
