package cimc.rtl.eda;

import cimc.CimcException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one external EDA tool with its standard output and error merged into a log file, and
 * turns a missing tool, a timeout or a failure into a one-line {@link CimcException}.
 */
final class ToolProcess {
  private static final int ERROR_LINES = 5;

  private ToolProcess() {}

  /** The output of a finished run. */
  record Run(int exitCode, Path log, String output) {}

  /**
   * Runs {@code command} in {@code workDir} and returns its exit code and log. The executable
   * is looked up on {@code PATH}; if absent, the error names the Debian package to install.
   */
  static Run run(Path workDir, List<String> command, String debianPackage, Path log,
      long timeoutSeconds) {
    String executable = command.get(0);
    requireOnPath(executable, debianPackage);
    try {
      Files.createDirectories(workDir);
      Process process = new ProcessBuilder(command).directory(workDir.toFile())
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new CimcException(executable + " timed out after " + timeoutSeconds
            + " s; see the log " + log);
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      return new Run(process.exitValue(), log, output);
    } catch (IOException e) {
      throw new CimcException("cannot run " + executable + " in " + workDir + ": "
          + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CimcException(executable + " was interrupted; see the log " + log, e);
    }
  }

  /** Fails with the first error lines of {@code run} and the log path. */
  static CimcException failure(String what, Run run, String errorMarker) {
    return new CimcException(what + " failed (exit code " + run.exitCode() + "): "
        + firstLines(run.output(), errorMarker) + "; full log: " + run.log());
  }

  static String firstLines(String output, String marker) {
    List<String> lines = new ArrayList<>();
    for (String line : output.split("\n")) {
      if (line.contains(marker) && lines.size() < ERROR_LINES) {
        lines.add(line.trim());
      }
    }
    if (lines.isEmpty()) {
      String[] all = output.strip().split("\n");
      for (int i = Math.max(0, all.length - ERROR_LINES); i < all.length; i++) {
        lines.add(all[i].trim());
      }
    }
    return String.join(" | ", lines);
  }

  /** Returns whether {@code executable} is found on {@code PATH}. */
  static boolean onPath(String executable) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String folder : path.split(File.pathSeparator)) {
      if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, executable))) {
        return true;
      }
    }
    return false;
  }

  static void requireOnPath(String executable, String debianPackage) {
    if (!onPath(executable)) {
      throw new CimcException(executable + " was not found on PATH; install it with "
          + "'sudo apt-get install -y " + debianPackage + "' (Debian package " + debianPackage
          + ") or add its folder to PATH");
    }
  }
}
