package cimc.rtl.eda;

import cimc.CimcException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Synthesizes with Yosys and checks the netlist: no latches and no multiple drivers. The
 * script, its log and the {@code stat} report are kept in the work folder.
 */
public final class YosysSynth {
  private static final long TIMEOUT_SECONDS = 600;
  private static final String LATCH_CELLS =
      "t:$dlatch t:$adlatch t:$dlatchsr t:$_DLATCH_* t:$_DLATCHSR_*";

  private YosysSynth() {}

  /** A successful generic synthesis: the {@code stat} report text and the log. */
  public record Result(String stat, Path log) {}

  /**
   * Runs {@code read_verilog -sv}, {@code hierarchy -check}, {@code proc} and {@code synth} on
   * {@code files} with {@code top}, then asserts that no latch cell is left and that
   * {@code check} finds no problem such as a wire with several drivers.
   *
   * @throws CimcException naming the failed check, its first error lines and the log path
   */
  public static Result synthesize(Path workDir, List<Path> files, String top) {
    String script = readScript(files)
        + "hierarchy -check -top " + top + "\n"
        + "proc\n"
        + "synth -top " + top + "\n"
        + "select -assert-none " + LATCH_CELLS + "\n"
        + "check -assert\n"
        + "tee -q -o stat.txt stat\n";
    ToolProcess.Run run = runScript(workDir, script, "yosys-synth");
    if (run.exitCode() != 0) {
      throw failure(top, run);
    }
    return new Result(read(workDir.resolve("stat.txt")), run.log());
  }

  /**
   * Runs {@code synth_ice40} and writes the JSON netlist that nextpnr-ice40 reads.
   *
   * @return the path of {@code <top>.json} in {@code workDir}
   */
  public static Path synthesizeIce40(Path workDir, List<Path> files, String top) {
    Path json = workDir.resolve(top + ".json");
    String script = readScript(files)
        + "synth_ice40 -top " + top + " -json " + quote(json) + "\n";
    ToolProcess.Run run = runScript(workDir, script, "yosys-ice40");
    if (run.exitCode() != 0) {
      throw ToolProcess.failure("yosys synth_ice40 of " + top, run, "ERROR");
    }
    return json;
  }

  private static CimcException failure(String top, ToolProcess.Run run) {
    String output = run.output();
    // proc rejects a latch in always_comb itself; the select check catches any other latch.
    if (output.contains("Latch inferred")
        || output.contains("Assertion failed: selection is not empty")) {
      return new CimcException("synthesis of " + top + " infers latches: "
          + ToolProcess.firstLines(output, "ERROR") + "; assign every variable of an "
          + "always_comb block on every path; full log: " + run.log());
    }
    if (output.contains("problems in 'check -assert'")) {
      return new CimcException("synthesis check of " + top + " found problems such as "
          + "multiple drivers: " + ToolProcess.firstLines(output, "Warning") + "; full log: "
          + run.log());
    }
    return ToolProcess.failure("yosys synthesis of " + top, run, "ERROR");
  }

  private static String readScript(List<Path> files) {
    StringBuilder script = new StringBuilder();
    files.forEach(f -> script.append("read_verilog -sv ").append(quote(f)).append('\n'));
    return script.toString();
  }

  private static ToolProcess.Run runScript(Path workDir, String script, String name) {
    Path scriptFile = workDir.resolve(name + ".ys");
    try {
      Files.createDirectories(workDir);
      Files.writeString(scriptFile, script);
    } catch (IOException e) {
      throw new CimcException("cannot write the Yosys script " + scriptFile + ": "
          + e.getMessage(), e);
    }
    return ToolProcess.run(workDir, List.of("yosys", "-s", scriptFile.toString()), "yosys",
        workDir.resolve(name + ".log"), TIMEOUT_SECONDS);
  }

  private static String quote(Path path) {
    return "\"" + path.toAbsolutePath() + "\"";
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new CimcException("cannot read the Yosys report " + file + ": " + e.getMessage(), e);
    }
  }
}
