package cimc.verify;

import cimc.CimcException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs an external program with stdout and stderr merged, copies every line to a log file and to
 * a line consumer, and stops it when a wall-clock limit passes.
 */
final class ProcessRunner {
  /** Exit status and whether the wall-clock limit stopped the program. */
  record Outcome(int exitCode, boolean timedOut) {}

  private ProcessRunner() {}

  static Outcome run(List<String> command, Path workDir, Path log, Duration limit,
      Consumer<String> lines) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectErrorStream(true);
    Process process;
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      process = builder.start();
    } catch (IOException e) {
      throw new CimcException("cannot start " + command.get(0) + ": " + e.getMessage()
          + "; check that it is installed and on PATH", e);
    }
    Thread pump = new Thread(() -> pump(process, log, lines), "output of " + command.get(0));
    pump.setDaemon(true);
    pump.start();
    try {
      boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
      }
      pump.join();
      return new Outcome(finished ? process.exitValue() : -1, !finished);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new CimcException("interrupted while running " + command.get(0));
    }
  }

  private static void pump(Process process, Path log, Consumer<String> lines) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8)); Writer out = Files.newBufferedWriter(log)) {
      String line;
      while ((line = in.readLine()) != null) {
        out.write(line);
        out.write('\n');
        lines.accept(line);
      }
    } catch (IOException e) {
      lines.accept("cimc: output of the program was cut short: " + e.getMessage());
    }
  }

  /** True when {@code name} is an executable file in one of the PATH folders. */
  static boolean onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
        return true;
      }
    }
    return false;
  }
}
