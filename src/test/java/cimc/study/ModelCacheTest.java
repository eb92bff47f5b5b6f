package cimc.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cimc.nn.TrainingConfig;
import org.junit.jupiter.api.Test;

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
}
