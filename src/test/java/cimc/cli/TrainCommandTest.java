package cimc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.nn.ModelFile;
import cimc.nn.TrainedModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
  @TempDir
  Path dir;

  @Test
  void helpExitsZero() {
    assertEquals(0, Main.run("train", "--help"));
  }

  @Test
  void badValuesExitTwo() {
    assertEquals(2, Main.run("train", "--epochs", "0"));
    assertEquals(2, Main.run("train", "--epochs", "many"));
    assertEquals(2, Main.run("train", "--optimizer", "rmsprop"));
    assertEquals(2, Main.run("train", "--hidden", "128,,64"));
    assertEquals(2, Main.run("train", "--hidden", "65536,65536"));
    assertEquals(2, Main.run("train", "--momentum", "1"));
    assertEquals(2, Main.run("train", "--no-such-option"));
  }

  @Test
  void unwritableOutputExitsOne() throws IOException {
    Path blocker = Files.writeString(dir.resolve("file"), "not a folder");
    assertEquals(1, Main.run("train", "--output", blocker.resolve("m.cimc").toString()));
  }

  @Test
  void folderOutputExitsOne() {
    assertEquals(1, Main.run("train", "--output", dir.toString()));
  }

  @Test
  void smallRunWritesModel() {
    Path output = dir.resolve("sub/model.cimc");
    int code = Main.run("train", "--epochs", "3", "--train-limit", "1000", "--batch-size", "20", "--validation",
        "200", "--hidden", "32", "--seed", "3", "--output", output.toString());
    assertEquals(0, code);
    TrainedModel model = ModelFile.read(output);
    assertEquals(3, model.metadata().seed());
    assertEquals(784, model.network().inputs(0));
    assertEquals(32, model.network().outputs(0));
    assertTrue(model.metadata().testAccuracy() > 0.7, "test accuracy "
        + model.metadata().testAccuracy());
    assertFalse(model.metadata().datasetSha256().isEmpty());
  }
}
