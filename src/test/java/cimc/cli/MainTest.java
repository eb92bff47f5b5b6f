package cimc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir
  Path dir;

  @Test
  void strayArgumentRejected() {
    Path out = dir.resolve("m.cimc");
    assertEquals(2, Main.run("train", "5", "--epochs", "1", "--train-limit", "10",
        "--output", out.toString()));
    assertFalse(Files.exists(out));
  }

  @Test
  void repeatedOptionRejected() {
    Path out = dir.resolve("m.cimc");
    assertEquals(2, Main.run("train", "--epochs", "1", "--train-limit", "10", "--epochs", "0",
        "--output", out.toString()));
    assertFalse(Files.exists(out));
  }

  @Test
  void repeatableOptionAccepted() {
    Path missing = dir.resolve("missing.cimq");
    assertEquals(1, Main.run("simulate", "--model", missing.toString(), "--model",
        missing.toString()));
  }
}
