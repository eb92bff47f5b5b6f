package cimc.verify;

import cimc.CimcException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The design-independent C++ and SystemVerilog testbench sources in the repository's
 * {@code testbench/} folder. The folder is found from the system property {@code cimc.home},
 * else by walking up from the jar or classes folder, else under the working directory.
 */
public final class TestbenchSources {
  /** Folders of the C++ testbench, each on the include path. */
  static final List<String> INCLUDE_DIRS = List.of("harness", "model", "checker", "driver");
  /** C++ files compiled into the Verilator test binary, relative to {@code testbench/}. */
  static final List<String> BENCH_SOURCES = List.of("harness/sim_log.cc",
      "model/crossbar_model.cc", "model/sense_model.cc", "checker/inference_checker.cc",
      "checker/vector_files.cc", "driver/bench_options.cc");
  /** C++ files of the model cross-check binary, which needs no RTL. */
  static final List<String> MODEL_CHECK_SOURCES = List.of("model/crossbar_model.cc",
      "model/sense_model.cc", "checker/inference_checker.cc", "checker/vector_files.cc",
      "model_check/model_check.cc");
  private static final String MARKER = "harness/sim_harness.h";

  private TestbenchSources() {}

  public static Path locate() {
    List<Path> tried = new ArrayList<>();
    String home = System.getProperty("cimc.home");
    if (home != null) {
      Path candidate = Path.of(home, "testbench");
      if (Files.isRegularFile(candidate.resolve(MARKER))) {
        return candidate;
      }
      tried.add(candidate);
    }
    Path start = codeLocation();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("testbench");
      if (Files.isRegularFile(candidate.resolve(MARKER))) {
        return candidate;
      }
      tried.add(candidate);
    }
    Path local = Path.of("testbench").toAbsolutePath();
    if (Files.isRegularFile(local.resolve(MARKER))) {
      return local;
    }
    tried.add(local);
    throw new CimcException("testbench sources not found in " + tried
        + "; run cimc from its repository or set -Dcimc.home to the repository folder");
  }

  private static Path codeLocation() {
    try {
      return Path.of(TestbenchSources.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI()).toAbsolutePath();
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return null;
    }
  }
}
