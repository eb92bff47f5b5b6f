package cimc.cli;

import cimc.bench.BenchContext;
import cimc.bench.Benchmark;
import cimc.bench.CompileBenchmark;
import cimc.bench.FmaPeak;
import cimc.bench.GoldenBenchmark;
import cimc.bench.RtlBenchmark;
import cimc.bench.SweepBenchmark;
import cimc.bench.TrainBenchmark;
import cimc.bench.VerifyBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code cimc bench [NAME...]}: prints the machine and its measured FMA peak, then runs the
 * named benchmarks, or all of them.
 */
final class BenchCommand implements Command {
  /** Returns every benchmark in the order they run. Each stage adds its own benchmark here. */
  static List<Benchmark> benchmarks() {
    return List.of(
        new TrainBenchmark(),
        new SweepBenchmark(),
        new CompileBenchmark(),
        new GoldenBenchmark(),
        new RtlBenchmark(),
        new VerifyBenchmark());
  }

  @Override
  public String name() {
    return "bench";
  }

  @Override
  public String summary() {
    return "measure the FMA peak and run benchmarks: bench [NAME...] with NAME from "
        + names(benchmarks()) + " (default: all)";
  }

  @Override
  public boolean takesArguments() {
    return true;
  }

  @Override
  public Options options() {
    Options options = new Options();
    options.addOption(Option.builder().longOpt("threads").hasArg().argName("N")
        .desc("threads for the FMA peak and the benchmarks (default: available processors, "
            + Runtime.getRuntime().availableProcessors() + " here)").build());
    options.addOption(Option.builder().longOpt("fma-seconds").hasArg().argName("S")
        .desc("duration of the timed FMA run in seconds, after 0.3 s of warm-up (default: 2)")
        .build());
    return options;
  }

  @Override
  public int run(CommandLine line) throws Exception {
    List<Benchmark> selected = select(line.getArgList());
    int threads = Args.intValue(line, "threads", Runtime.getRuntime().availableProcessors(), 1,
        1024);
    double fmaSeconds = Args.doubleValue(line, "fma-seconds", 2, 0.1, 600);
    printMachine();
    FmaPeak.Result peak = FmaPeak.measure(threads, fmaSeconds);
    System.out.printf("fma: %.1f GFLOP/s fp32 with %d threads (Math.fma kernel, %.1f s)%n",
        peak.gflops(), peak.threads(), peak.seconds());
    BenchContext context = new BenchContext(threads, peak);
    for (Benchmark benchmark : selected) {
      benchmark.run(context, System.out);
    }
    return 0;
  }

  private static List<Benchmark> select(List<String> requested) {
    List<Benchmark> all = benchmarks();
    if (requested.isEmpty()) {
      return all;
    }
    List<Benchmark> selected = new ArrayList<>();
    for (String name : requested) {
      Benchmark match = all.stream().filter(b -> b.name().equals(name)).findFirst()
          .orElseThrow(() -> new UsageException("unknown benchmark '" + name + "': expected "
              + names(all)));
      if (!selected.contains(match)) {
        selected.add(match);
      }
    }
    return selected;
  }

  private static String names(List<Benchmark> all) {
    return all.stream().map(Benchmark::name).collect(Collectors.joining(", "));
  }

  private static void printMachine() {
    System.out.printf("machine: %s, %d processors, Java %s (%s), load average %s%n", cpuModel(),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        System.getProperty("java.vm.name"), loadAverage());
  }

  /** Returns the 1-minute load average, which shows whether other work shared the cores. */
  private static String loadAverage() {
    double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        .getSystemLoadAverage();
    return load < 0 ? "unknown" : String.format("%.2f", load);
  }

  /** Returns the first {@code model name} of /proc/cpuinfo, or the OS architecture. */
  private static String cpuModel() {
    try {
      for (String text : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (text.startsWith("model name")) {
          return text.substring(text.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      // /proc/cpuinfo exists only on Linux, so fall back to the architecture below.
    }
    return "unknown CPU (" + System.getProperty("os.arch") + ")";
  }
}
