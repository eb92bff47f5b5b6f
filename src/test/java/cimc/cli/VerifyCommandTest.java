package cimc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.verify.SyntheticDesigns;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of {@code cimc verify} for bad input; no simulator runs here. */
class VerifyCommandTest {
  private static String[] run(String... args) {
    PrintStream err = System.err;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = Main.run(args);
    } finally {
      System.setErr(err);
    }
    return new String[] {Integer.toString(code), buffer.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void missingDesignFolder(@TempDir Path dir) {
    String[] result = run("verify", "--design", dir.resolve("nothing").toString());
    assertEquals("1", result[0]);
    assertTrue(result[1].contains("design folder " + dir.resolve("nothing") + " not found"),
        result[1]);
  }

  @Test
  void folderWithoutManifest(@TempDir Path dir) {
    String[] result = run("verify", "--design", dir.toString());
    assertEquals("1", result[0]);
    assertTrue(result[1].contains("manifest.json is missing"), result[1]);
  }

  @Test
  void fullWithImagesRejected(@TempDir Path dir) {
    String[] result = run("verify", "--design", dir.toString(), "--full", "--images", "5");
    assertEquals("2", result[0]);
    assertTrue(result[1].contains("leave out --images"), result[1]);
  }

  @Test
  void zeroImagesRejected(@TempDir Path dir) {
    String[] result = run("verify", "--design", dir.toString(), "--images", "0");
    assertEquals("2", result[0]);
    assertTrue(result[1].contains("invalid --images 0"), result[1]);
  }

  @Test
  void staleVectorsRejected(@TempDir Path dir) throws Exception {
    Path design = SyntheticDesigns.write(dir.resolve("design"));
    Path index = design.resolve("vectors/index.json");
    String text = Files.readString(index).replaceFirst("\"hardwareSha256\" *: *\"[0-9a-f]{4}",
        "\"hardwareSha256\" : \"0000");
    Files.writeString(index, text);
    String[] result = run("verify", "--design", design.toString(), "--work",
        dir.resolve("work").toString());
    assertEquals("1", result[0]);
    assertTrue(result[1].contains("were made from another hardware.json"), result[1]);
  }

  @Test
  void tooManyImagesRejected(@TempDir Path dir) throws Exception {
    Path design = SyntheticDesigns.write(dir.resolve("design"));
    String[] result = run("verify", "--design", design.toString(), "--images", "50", "--work",
        dir.resolve("work").toString());
    assertEquals("1", result[0]);
    assertTrue(result[1].contains("contains 3 images, fewer than the 50 requested"), result[1]);
  }
}
