package cimc.rtl.eda;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code verilator --lint-only -Wall} and parses its located warnings and errors. */
public final class VerilatorLint {
  private static final Pattern MESSAGE =
      Pattern.compile("^%(Warning|Error)(?:-([A-Z0-9_]+))?: ([^:\\s]+):(\\d+):(?:\\d+:)? (.*)$");
  private static final long TIMEOUT_SECONDS = 300;

  private VerilatorLint() {}

  /** Diagnostics of one lint run; a clean run has none. */
  public record Result(List<Diagnostic> diagnostics, Path log) {
    public boolean clean() {
      return diagnostics.isEmpty();
    }
  }

  /**
   * Lints {@code files} with {@code top} as the top module, applying the Verilator
   * configuration {@code waivers} when it is not null. The log goes to
   * {@code workDir/verilator-lint.log}.
   *
   * @throws cimc.CimcException when Verilator is missing, or fails without a located message
   */
  public static Result run(Path workDir, List<Path> files, String top, Path waivers) {
    List<String> command = new ArrayList<>(List.of("verilator", "--lint-only", "-Wall",
        "--top-module", top));
    if (waivers != null) {
      command.add(waivers.toAbsolutePath().toString());
    }
    files.forEach(f -> command.add(f.toAbsolutePath().toString()));
    ToolProcess.Run run = ToolProcess.run(workDir, command, "verilator",
        workDir.resolve("verilator-lint.log"), TIMEOUT_SECONDS);

    List<Diagnostic> diagnostics = parse(run.output());
    if (run.exitCode() != 0 && diagnostics.isEmpty()) {
      throw ToolProcess.failure("verilator lint of " + top, run, "%Error");
    }
    return new Result(List.copyOf(diagnostics), run.log());
  }

  static List<Diagnostic> parse(String output) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (String line : output.split("\n")) {
      Matcher m = MESSAGE.matcher(line);
      if (m.matches()) {
        String code = m.group(2) == null ? "" : m.group(2);
        diagnostics.add(new Diagnostic(m.group(1), code, m.group(3),
            Integer.parseInt(m.group(4)), m.group(5)));
      }
    }
    return diagnostics;
  }
}
