package cimc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.study.SweepReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
  static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @TempDir
  Path dir;

  String[] smallSweep(Path output, int threads) {
    return new String[] {"sweep", "--models", "2", "--epochs", "1", "--hidden", "16,8",
        "--train-limit", "2000", "--test-limit", "500", "--draws", "3", "--z", "1.5,3,none",
        "--sigma", "0,0.1", "--bits", "3,4", "--cache", dir.resolve("cache").toString(),
        "--output", output.toString(), "--threads", Integer.toString(threads), "--no-progress"};
  }

  @Test
  void smallSweepEndToEnd() throws IOException {
    Path out = dir.resolve("out");
    assertEquals(0, Main.run(smallSweep(out, 2)));
    List<String> rows = Files.readAllLines(out.resolve("sweep.csv"));
    assertEquals(SweepReport.CELL_HEADER, rows.get(0));
    assertEquals(1 + 3 * 2 * 2, rows.size());
    assertTrue(rows.get(1).startsWith("1.5,3,0,window,2,3,"), rows.get(1));
    List<String> modelRows = Files.readAllLines(out.resolve("sweep-models.csv"));
    assertEquals(1 + 2 * 3 * 2 * 2, modelRows.size());
    byte[] png = Files.readAllBytes(out.resolve("sweep.png"));
    assertArrayEquals(PNG_SIGNATURE, java.util.Arrays.copyOf(png, 8));
    JsonNode json = new ObjectMapper().readTree(out.resolve("sweep.json").toFile());
    assertEquals(2, json.get("models").size());
    assertEquals(12, json.get("cells").size());
    assertEquals(500, json.get("imageCount").asInt());
    try (Stream<Path> cached = Files.list(dir.resolve("cache"))) {
      assertEquals(2, cached.count());
    }
  }

  @Test
  void forceReplacesFolder() throws IOException {
    Path out = Files.createDirectory(dir.resolve("again"));
    Files.write(out.resolve("old.txt"), new byte[] {1});
    String[] args = java.util.Arrays.copyOf(smallSweep(out, 2), smallSweep(out, 2).length + 1);
    args[args.length - 1] = "--force";
    assertEquals(0, Main.run(args));
    assertTrue(Files.exists(out.resolve("sweep.csv")));
    assertFalse(Files.exists(out.resolve("old.txt")));
  }

  @Test
  void threadCountDoesNotChangeResults() throws IOException {
    Path two = dir.resolve("two");
    Path one = dir.resolve("one");
    assertEquals(0, Main.run(smallSweep(two, 2)));
    assertEquals(0, Main.run(smallSweep(one, 1)));
    for (String file : new String[] {"sweep.csv", "sweep-models.csv", "sweep.json"}) {
      assertArrayEquals(Files.readAllBytes(two.resolve(file)),
          Files.readAllBytes(one.resolve(file)), file);
    }
  }

  @Test
  void existingOutputRejected() throws IOException {
    Path out = Files.createDirectory(dir.resolve("exists"));
    assertEquals(2, Main.run("sweep", "--output", out.toString()));
  }

  @Test
  void outputFileNotReplaced() throws IOException {
    Path out = Files.write(dir.resolve("notes.txt"), new byte[] {7});
    assertEquals(2, Main.run("sweep", "--output", out.toString(), "--force"));
    assertArrayEquals(new byte[] {7}, Files.readAllBytes(out));
  }

  @Test
  void outputUnderFileFailsBeforeTraining() throws IOException {
    Path file = Files.write(dir.resolve("plain"), new byte[] {7});
    Path cache = dir.resolve("cache");
    assertEquals(1, Main.run("sweep", "--output", file.resolve("out").toString(),
        "--models", "1", "--hidden", "4", "--epochs", "1", "--train-limit", "10",
        "--test-limit", "10", "--draws", "1", "--cache", cache.toString(), "--no-progress"));
    assertFalse(Files.exists(cache));
  }

  @Test
  void badOptionsRejected() {
    Path out = dir.resolve("never");
    assertEquals(2, Main.run("sweep", "--output", out.toString(), "--z", "0"));
    assertEquals(2, Main.run("sweep", "--output", out.toString(), "--z", "2,,none"));
    assertEquals(2, Main.run("sweep", "--output", out.toString(), "--bits", "9"));
    assertEquals(2, Main.run("sweep", "--output", out.toString(), "--sigma", "-0.1"));
    assertEquals(2, Main.run("sweep", "--output", out.toString(), "--stuck-min", "1.5"));
    assertEquals(2, Main.run("sweep", "--output", out.toString(), "--g-min", "100",
        "--g-max", "50"));
    assertEquals(2, Main.run("sweep", "--output", out.toString(), "--deviation", "uniform"));
    assertEquals(2, Main.run("sweep", "--output", out.toString(), "--levels", "4",
        "--bits", "4"));
    assertFalse(Files.exists(out));
  }

  @Test
  void repeatedGridValuesRejected() {
    Path out = dir.resolve("never");
    String[][] lists = {{"--z", "2,2.0"}, {"--bits", "4,4"}, {"--sigma", "0.1,0,0.1"}};
    for (String[] list : lists) {
      assertEquals(2, Main.run("sweep", "--output", out.toString(), list[0], list[1],
          "--models", "1", "--hidden", "4", "--epochs", "1", "--train-limit", "10",
          "--test-limit", "10", "--draws", "1", "--cache", dir.resolve("cache").toString(),
          "--no-progress"), list[0]);
    }
    assertFalse(Files.exists(out));
  }
}
