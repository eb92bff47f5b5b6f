package cimc.flow;

import cimc.CimcException;
import cimc.verify.TestbenchSources;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes sure the EDA tools of the flow are installed. As root it runs
 * {@code scripts/install-tools.sh} (Debian packages through apt-get); otherwise it fails with
 * the exact command to run.
 */
final class Tools {
  /** Program on PATH and the Debian package that provides it. */
  private static final String[][] REQUIRED = {{"verilator", "verilator"}, {"yosys", "yosys"},
      {"iverilog", "iverilog"}, {"g++", "g++"}, {"make", "make"}};

  private Tools() {}

  static void ensure(PrintStream out) throws IOException, InterruptedException {
    List<String> missing = missing();
    if (missing.isEmpty()) {
      out.println("cimc flow: verilator, yosys, iverilog, g++ and make are installed");
      return;
    }
    Path script = TestbenchSources.locate().getParent().resolve("scripts/install-tools.sh");
    if (!"root".equals(System.getProperty("user.name"))) {
      throw new CimcException("missing tools: " + String.join(", ", missing)
          + "; install them with: sudo bash " + script + " (or sudo apt-get install -y "
          + String.join(" ", missing) + "), then rerun cimc flow");
    }
    out.println("cimc flow: installing " + String.join(", ", missing) + " with " + script);
    Process process = new ProcessBuilder("bash", script.toString()).inheritIO().start();
    int code = process.waitFor();
    List<String> still = missing();
    if (code != 0 || !still.isEmpty()) {
      throw new CimcException(script + " exited with code " + code + " and "
          + (still.isEmpty() ? "nothing is missing" : String.join(", ", still) + " still missing")
          + "; run it by hand to see the apt-get error");
    }
  }

  private static List<String> missing() {
    List<String> missing = new ArrayList<>();
    for (String[] tool : REQUIRED) {
      if (!onPath(tool[0])) {
        missing.add(tool[1]);
      }
    }
    return missing;
  }

  private static boolean onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
        return true;
      }
    }
    return false;
  }
}
