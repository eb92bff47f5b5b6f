package cimc.verify;

import cimc.CimcException;
import cimc.io.AtomicOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Verilates cim_top with the C++ testbench into one test binary ({@code verilator --cc --exe
 * --build}, C++ at -O2, two make jobs). X values are randomized ({@code --x-assign unique
 * --x-initial unique}) so that a run with {@code +verilator+rand+reset+2} and different seeds
 * shows whether the result depends on uninitialized state. A build whose inputs (RTL, testbench
 * sources, generated sources, options and Verilator version) hash to the stamp of the previous
 * build is reused.
 */
final class VerilatorBuild {
  static final String BINARY = "Vtb";
  private static final Duration BUILD_LIMIT = Duration.ofMinutes(20);
  private static final int ERROR_LINES = 12;

  /** The test binary, whether it was rebuilt, and the build log. */
  record Result(Path binary, boolean rebuilt, Path log) {}

  private VerilatorBuild() {}

  /** Fails with the apt-get command to run when Verilator, a C++ compiler or make is missing. */
  static void requireTools() {
    List<String> missing = new ArrayList<>();
    if (!ProcessRunner.onPath("verilator")) {
      missing.add("verilator");
    }
    if (!ProcessRunner.onPath("g++") && !ProcessRunner.onPath("c++")) {
      missing.add("g++");
    }
    if (!ProcessRunner.onPath("make")) {
      missing.add("make");
    }
    if (!missing.isEmpty()) {
      throw new CimcException(String.join(", ", missing) + " not found on PATH; install with: "
          + "sudo apt-get install -y " + String.join(" ", missing)
          + " (or run scripts/install-tools.sh as root)");
    }
  }

  /**
   * Builds (or reuses) the test binary in {@code workDir}.
   *
   * @param rtlFiles Verilog sources of cim_top and its modules
   * @param generated generated C++ sources by file name, written into {@code workDir/gen}
   * @param trace build with FST waveform support
   */
  static Result build(Path testbench, Path workDir, List<Path> rtlFiles,
      java.util.Map<String, String> generated, boolean trace) {
    requireTools();
    Path genDir = workDir.resolve("gen");
    Path objDir = workDir.resolve(trace ? "obj_dir_trace" : "obj_dir");
    Path binary = objDir.resolve(BINARY);
    Path stamp = objDir.resolve("cimc-build.sha256");
    Path log = workDir.resolve(trace ? "build_trace.log" : "build.log");
    for (var entry : generated.entrySet()) {
      writeIfChanged(genDir.resolve(entry.getKey()), entry.getValue());
    }
    List<String> command = command(testbench, genDir, objDir, rtlFiles, generated, trace);
    String hash = inputHash(command, testbench, rtlFiles, genDir, generated);
    if (Files.isExecutable(binary) && hash.equals(readQuietly(stamp))) {
      return new Result(binary, false, log);
    }
    ProcessRunner.Outcome outcome = ProcessRunner.run(command, workDir, log, BUILD_LIMIT,
        line -> { });
    if (outcome.timedOut() || outcome.exitCode() != 0 || !Files.isExecutable(binary)) {
      throw new CimcException("Verilator build failed"
          + (outcome.timedOut() ? " (timed out after " + BUILD_LIMIT.toMinutes() + " min)" : "")
          + ":\n" + firstErrors(log) + "\nfull log: " + log);
    }
    AtomicOutput.writeFile(stamp, temporary -> Files.writeString(temporary, hash));
    return new Result(binary, true, log);
  }

  private static List<String> command(Path testbench, Path genDir, Path objDir,
      List<Path> rtlFiles, java.util.Map<String, String> generated, boolean trace) {
    List<String> includes = new ArrayList<>();
    for (String dir : TestbenchSources.INCLUDE_DIRS) {
      includes.add("-I" + testbench.resolve(dir).toAbsolutePath());
    }
    List<String> command = new ArrayList<>(List.of("verilator", "--cc", "--exe", "--build",
        "-j", "2", "--top-module", "cim_top", "-Wno-fatal", "--x-assign", "unique",
        "--x-initial", "unique", "--Mdir", objDir.toAbsolutePath().toString(), "-o", BINARY,
        "-CFLAGS", "-std=c++17 -O2 " + String.join(" ", includes),
        "-MAKEFLAGS", "OPT_FAST=-O2 OPT_SLOW=-O1"));
    if (trace) {
      command.add("--trace-fst");
    }
    for (Path rtl : rtlFiles) {
      command.add(rtl.toAbsolutePath().toString());
    }
    for (String source : TestbenchSources.BENCH_SOURCES) {
      command.add(testbench.resolve(source).toAbsolutePath().toString());
    }
    for (String name : generated.keySet()) {
      command.add(genDir.resolve(name).toAbsolutePath().toString());
    }
    return command;
  }

  private static String inputHash(List<String> command, Path testbench, List<Path> rtlFiles,
      Path genDir, java.util.Map<String, String> generated) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(String.join("\u0000", command).getBytes(StandardCharsets.UTF_8));
      List<Path> inputs = new ArrayList<>(rtlFiles);
      for (String dir : TestbenchSources.INCLUDE_DIRS) {
        try (var walk = Files.walk(testbench.resolve(dir))) {
          inputs.addAll(walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList()));
        }
      }
      for (String name : generated.keySet()) {
        inputs.add(genDir.resolve(name));
      }
      for (Path input : inputs) {
        digest.update(input.toString().getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(input));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new CimcException("cannot read a testbench input: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private static void writeIfChanged(Path file, String content) {
    if (content.equals(readQuietly(file))) {
      return;
    }
    AtomicOutput.writeFile(file, temporary -> Files.writeString(temporary, content));
  }

  private static String readQuietly(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file) : null;
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
  }

  /** Returns the first error lines of a build log, or its last lines when none has "error". */
  static String firstErrors(Path log) {
    List<String> lines;
    try {
      lines = Files.readAllLines(log);
    } catch (IOException e) {
      return "(build log unreadable: " + e.getMessage() + ")";
    }
    List<String> errors = lines.stream()
        .filter(l -> l.startsWith("%Error") || l.contains("error:"))
        .limit(ERROR_LINES).collect(Collectors.toList());
    if (errors.isEmpty()) {
      errors = lines.subList(Math.max(0, lines.size() - ERROR_LINES), lines.size());
    }
    return String.join("\n", errors);
  }
}
