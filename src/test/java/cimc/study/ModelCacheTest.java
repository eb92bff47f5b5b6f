package cimc.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.CimcException;
import cimc.data.Dataset;
import cimc.nn.TrainingConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCacheTest {
  @Test
  void keyIgnoresThreads() {
    TrainingConfig config = SweepDefaults.training(1);
    String data = "c".repeat(64);
    assertEquals(ModelCache.key(config, 5000, 100, data),
        ModelCache.key(config.withThreads(2), 5000, 100, data));
  }

  @Test
  void keyCoversSettings() {
    TrainingConfig config = SweepDefaults.training(1);
    String data = "c".repeat(64);
    String key = ModelCache.key(config, 5000, 100, data);
    assertNotEquals(key, ModelCache.key(config.withSeed(2), 5000, 100, data));
    assertNotEquals(key, ModelCache.key(config.withEpochs(3), 5000, 100, data));
    assertNotEquals(key, ModelCache.key(config.withLearningRate(0.01), 5000, 100, data));
    assertNotEquals(key, ModelCache.key(config, 4000, 100, data));
    assertNotEquals(key, ModelCache.key(config, 5000, 99, data));
    assertNotEquals(key, ModelCache.key(config, 5000, 100, "d".repeat(64)));
  }

  @Test
  void damagedEntryNamesFix(@TempDir Path dir) throws IOException {
    byte[] pixels = new byte[20 * 4];
    byte[] labels = new byte[20];
    for (int k = 0; k < 20; k++) {
      labels[k] = (byte) (k % 10);
      pixels[4 * k + k % 4] = 1;
    }
    Dataset data = new Dataset(2, 2, pixels, labels);
    TrainingConfig config = TrainingConfig.defaults().withHiddenSizes(List.of(3)).withEpochs(1)
        .withThreads(1);
    ModelCache cache = new ModelCache(dir);
    Path file = cache.obtain(config, 0, 20, data, line -> {}).file();
    Files.write(file, new byte[] {1, 2, 3});
    CimcException e = assertThrows(CimcException.class,
        () -> cache.obtain(config, 0, 20, data, line -> {}));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("delete it"), e.getMessage());
  }
}
