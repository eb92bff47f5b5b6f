package cimc.verify;

import cimc.CimcException;
import cimc.io.AtomicOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Cross-checks the testbench's C++ crossbar model against the golden vectors without any RTL:
 * a small binary recomputes every ADC code from the cells and the inputs with a bit-by-bit SAR
 * and compares it with {@code adc_codes.hex}. Two independent implementations of the inference
 * semantics must agree before either is trusted to judge the RTL.
 */
public final class ModelCheck {
  private static final Duration LIMIT = Duration.ofMinutes(10);

  private ModelCheck() {}

  /** Builds the checker from {@code designParams} (reused when unchanged) and runs it. */
  static TestbenchRun.Verdict run(String designParams, Path vectors, Path work,
      Consumer<String> out) {
    VerilatorBuild.requireTools();
    Path testbench = TestbenchSources.locate();
    Path dir = work.resolve("model_check");
    Path params = dir.resolve("design_params.cc");
    Path binary = dir.resolve("model_check");
    Path buildLog = dir.resolve("build.log");
    List<String> command = new ArrayList<>(List.of("g++", "-std=c++17", "-O2", "-Wall"));
    for (String include : TestbenchSources.INCLUDE_DIRS) {
      command.add("-I" + testbench.resolve(include).toAbsolutePath());
    }
    command.add(params.toAbsolutePath().toString());
    for (String source : TestbenchSources.MODEL_CHECK_SOURCES) {
      command.add(testbench.resolve(source).toAbsolutePath().toString());
    }
    command.addAll(List.of("-o", binary.toAbsolutePath().toString()));
    AtomicOutput.writeFile(params, temporary -> Files.writeString(temporary, designParams));
    ProcessRunner.Outcome build = ProcessRunner.run(command, dir, buildLog, LIMIT, line -> { });
    if (build.exitCode() != 0) {
      throw new CimcException("building the C++ model check failed:\n"
          + VerilatorBuild.firstErrors(buildLog) + "\nfull log: " + buildLog);
    }
    return TestbenchRun.run(binary, List.of(vectors.toAbsolutePath().toString()), dir,
        dir.resolve("run.log"), LIMIT, out);
  }
}
