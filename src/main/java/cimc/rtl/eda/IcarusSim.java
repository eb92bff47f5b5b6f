package cimc.rtl.eda;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Compiles with Icarus Verilog ({@code iverilog -g2012}) and runs the result with vvp. */
public final class IcarusSim {
  private static final long COMPILE_TIMEOUT_SECONDS = 300;

  private IcarusSim() {}

  /** Output of a simulation run; the exit code is the testbench verdict. */
  public record Result(int exitCode, String output, Path log) {}

  /**
   * Compiles and elaborates {@code files} with {@code top} as the root module.
   *
   * @return the compiled {@code <top>.vvp} in {@code workDir}
   * @throws cimc.CimcException with the first error lines and the log path on failure
   */
  public static Path compile(Path workDir, List<Path> files, String top) {
    Path output = workDir.resolve(top + ".vvp");
    List<String> command = new ArrayList<>(List.of("iverilog", "-g2012", "-Wall",
        "-o", output.toAbsolutePath().toString(), "-s", top));
    files.forEach(f -> command.add(f.toAbsolutePath().toString()));
    ToolProcess.Run run = ToolProcess.run(workDir, command, "iverilog",
        workDir.resolve("iverilog-" + top + ".log"), COMPILE_TIMEOUT_SECONDS);
    if (run.exitCode() != 0) {
      throw ToolProcess.failure("iverilog compile of " + top, run, "error");
    }
    return output;
  }

  /** Runs a compiled simulation for at most {@code timeoutSeconds} of wall time. */
  public static Result run(Path workDir, Path compiled, long timeoutSeconds) {
    ToolProcess.Run run = ToolProcess.run(workDir,
        List.of("vvp", "-n", compiled.toAbsolutePath().toString()), "iverilog",
        workDir.resolve("vvp-" + compiled.getFileName() + ".log"), timeoutSeconds);
    return new Result(run.exitCode(), run.output(), run.log());
  }
}
