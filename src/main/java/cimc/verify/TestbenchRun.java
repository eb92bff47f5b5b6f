package cimc.verify;

import cimc.CimcException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a built test binary and reads its verdict: the summary line {@code "N passed, N failed"}
 * and the simulated cycle count. The exit code of the binary is the verdict; the summary gives
 * the counts.
 */
public final class TestbenchRun {
  private static final Pattern SUMMARY = Pattern.compile("^(\\d+) passed, (\\d+) failed$");
  private static final Pattern CYCLES = Pattern.compile("^cycles (\\d+)$");

  /** Counts of one run; {@code passed + failed} items were checked. */
  public record Verdict(int exitCode, int passed, int failed, long cycles, boolean timedOut,
      double seconds, Path log, List<String> mismatches) {
    public boolean ok() {
      return exitCode == 0 && !timedOut && failed == 0;
    }
  }

  private TestbenchRun() {}

  /**
   * Runs {@code binary} with {@code args}; every mismatch or timeout line goes to
   * {@code echo} as it appears, the first 20 are also kept in the verdict.
   */
  static Verdict run(Path binary, List<String> args, Path workDir, Path log, Duration limit,
      Consumer<String> echo) {
    List<String> command = new ArrayList<>();
    command.add(binary.toAbsolutePath().toString());
    command.addAll(args);
    int[] counts = {-1, -1};
    long[] cycles = {0};
    List<String> mismatches = new ArrayList<>();
    long start = System.nanoTime();
    ProcessRunner.Outcome outcome = ProcessRunner.run(command, workDir, log, limit, line -> {
      Matcher summary = SUMMARY.matcher(line);
      Matcher cycleCount = CYCLES.matcher(line);
      if (summary.matches()) {
        counts[0] = Integer.parseInt(summary.group(1));
        counts[1] = Integer.parseInt(summary.group(2));
      } else if (cycleCount.matches()) {
        cycles[0] = Long.parseLong(cycleCount.group(1));
      } else if (line.startsWith("MISMATCH") || line.startsWith("TIMEOUT")
          || line.startsWith("state at") || line.startsWith("error:")) {
        if (mismatches.size() < 20) {
          mismatches.add(line);
        }
        echo.accept(line);
      }
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    if (outcome.exitCode() == 2) {
      throw new CimcException("the testbench rejected its input: " + String.join("; ",
          mismatches) + " (log " + log + ")");
    }
    if (!outcome.timedOut() && counts[0] < 0) {
      throw new CimcException("the testbench ended with exit code " + outcome.exitCode()
          + " before printing its summary; see " + log);
    }
    return new Verdict(outcome.exitCode(), Math.max(counts[0], 0), Math.max(counts[1], 0),
        cycles[0], outcome.timedOut(), seconds, log, mismatches);
  }
}
