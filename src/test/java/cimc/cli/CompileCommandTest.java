package cimc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.device.DeviceProfileFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileCommandTest {
  @TempDir
  Path tmp;

  /** Runs the launcher and returns the exit code followed by stderr. */
  private static String run(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = Main.run(args);
      return code + " " + err.toString(StandardCharsets.UTF_8);
    } finally {
      System.setErr(saved);
    }
  }

  private String out() {
    return tmp.resolve("design").toString();
  }

  @Test
  void rowsZeroIsUsageError() {
    String result = run("compile", "--rows", "0", "-o", out());
    assertTrue(result.startsWith("2 "), result);
    assertTrue(result.contains("--rows 0"), result);
    assertFalse(Files.exists(tmp.resolve("design")));
  }

  @Test
  void oddColumnsIsUsageError() {
    String result = run("compile", "--cols", "47", "-o", out());
    assertTrue(result.startsWith("2 "), result);
    assertTrue(result.contains("--cols 47"), result);
    assertTrue(result.contains("even"), result);
  }

  @Test
  void unknownMapping() {
    String result = run("compile", "--mapping", "diagonal", "-o", out());
    assertTrue(result.startsWith("2 "), result);
    assertTrue(result.contains("'diagonal'"), result);
  }

  @Test
  void missingOutput() {
    String result = run("compile");
    assertTrue(result.startsWith("2 "), result);
    assertTrue(result.contains("--output"), result);
  }

  @Test
  void missingDeviceFile() {
    String result = run("compile", "--device", tmp.resolve("none.json").toString(), "-o",
        out());
    assertTrue(result.startsWith("1 "), result);
    assertTrue(result.contains("none.json not found"), result);
  }

  @Test
  void invalidDeviceProfile() throws Exception {
    String json = DeviceProfileFile.toJson(DeviceProfileFile.defaultProfile())
        .replace("\"pulseBudget\" : 64", "\"pulseBudget\" : -3");
    Path device = Files.writeString(tmp.resolve("bad.json"), json);
    String result = run("compile", "--device", device.toString(), "-o", out());
    assertTrue(result.startsWith("1 "), result);
    assertTrue(result.contains("pulseBudget -3"), result);
  }

  @Test
  void malformedDeviceCsv() throws Exception {
    Path csv = Files.writeString(tmp.resolve("m.csv"), "level,target_us,mean_us,sigma_us\n"
        + "1,15,14.5,1.2\n2;25;24;1\n");
    String result = run("compile", "--device-csv", csv.toString(), "-o", out());
    assertTrue(result.startsWith("1 "), result);
    assertTrue(result.contains("m.csv line 3"), result);
  }

  @Test
  void helpListsOptions() {
    PrintStream saved = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.run("compile", "--help"));
    } finally {
      System.setOut(saved);
    }
    String help = buffer.toString(StandardCharsets.UTF_8);
    for (String option : new String[] {"--model", "--device", "--rows", "--mapping", "--seed",
        "--threads", "--force"}) {
      assertTrue(help.contains(option), option + " missing in help");
    }
  }
}
