package cimc.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.CimcException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistTest {
  private static Mnist shipped;

  @BeforeAll
  static void loadShipped() {
    shipped = Mnist.loadShipped(Path.of("").toAbsolutePath());
  }

  @Test
  void shippedCopyLoads() {
    assertEquals(60_000, shipped.train().size());
    assertEquals(10_000, shipped.test().size());
    assertEquals(28, shipped.train().rows());
    assertEquals(28, shipped.train().cols());
    assertEquals(5, shipped.train().label(0));
    assertEquals(7, shipped.test().label(0));
  }

  @Test
  void pixelsAreBinary() {
    int on = 0;
    for (byte pixel : shipped.train().pixels()) {
      assertTrue(pixel == 0 || pixel == 1);
      on += pixel;
    }
    double fraction = (double) on / shipped.train().pixels().length;
    assertTrue(fraction > 0.05, "fraction of on pixels " + fraction);
    assertTrue(fraction < 0.3, "fraction of on pixels " + fraction);
  }

  @Test
  void damagedCopyRejected(@TempDir Path home) throws IOException {
    Path folder = Files.createDirectories(home.resolve("data/mnist"));
    Path source = Path.of("data/mnist");
    for (String name : new String[] {"SHA256SUMS", "t10k-labels-idx1-ubyte.gz",
        "t10k-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
        "train-images-idx3-ubyte.gz"}) {
      Files.copy(source.resolve(name), folder.resolve(name));
    }
    Files.write(folder.resolve("t10k-labels-idx1-ubyte.gz"), new byte[] {0},
        StandardOpenOption.APPEND);
    CimcException e = assertThrows(CimcException.class, () -> Mnist.loadShipped(home));
    assertTrue(e.getMessage().contains("shipped MNIST copy"), e.getMessage());
    assertTrue(e.getMessage().contains("is damaged"), e.getMessage());
    assertTrue(e.getMessage().contains("t10k-labels-idx1-ubyte.gz has SHA-256"), e.getMessage());
    assertTrue(e.getMessage().contains("scripts/fetch-mnist.sh"), e.getMessage());
  }

  @Test
  void missingFolderNamed(@TempDir Path dir) {
    CimcException e = assertThrows(CimcException.class, () -> Mnist.load(dir.resolve("none")));
    assertTrue(e.getMessage().contains("not found"), e.getMessage());
  }

  @Test
  void emptySetRejected(@TempDir Path dir) throws IOException {
    IdxFiles.write(dir, "train-images-idx3-ubyte", IdxFiles.images(2051, 1, 2, 2,
        new byte[4]));
    IdxFiles.write(dir, "train-labels-idx1-ubyte", IdxFiles.labels(2049, 1, new byte[1]));
    IdxFiles.write(dir, "t10k-images-idx3-ubyte", IdxFiles.images(2051, 0, 2, 2, new byte[0]));
    IdxFiles.write(dir, "t10k-labels-idx1-ubyte", IdxFiles.labels(2049, 0, new byte[0]));
    CimcException e = assertThrows(CimcException.class, () -> Mnist.load(dir));
    assertTrue(e.getMessage().contains("t10k-images-idx3-ubyte has no images"), e.getMessage());
  }

  @Test
  void splitSizesAndSeed() {
    TrainValidationSplit split = TrainValidationSplit.of(shipped.train(), 5_000, 3);
    assertEquals(55_000, split.train().size());
    assertEquals(5_000, split.validation().size());
    TrainValidationSplit again = TrainValidationSplit.of(shipped.train(), 5_000, 3);
    assertArrayEquals(split.validation().labels(), again.validation().labels());
    assertEquals(split.train().sha256(), again.train().sha256());
    TrainValidationSplit other = TrainValidationSplit.of(shipped.train(), 5_000, 4);
    assertNotEquals(split.train().sha256(), other.train().sha256());
  }
}
