package cimc.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.data.Dataset;
import cimc.data.Mnist;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerTest {
  private static Dataset train;
  private static Dataset test;

  @BeforeAll
  static void load() {
    Mnist mnist = Mnist.loadShipped(Path.of("").toAbsolutePath());
    train = mnist.train().first(5_000);
    test = mnist.test().first(2_000);
  }

  private static final ModelMetadata METADATA = new ModelMetadata(7, 2, 100, "adam", 0.002,
      0.9, Double.NaN, "");

  /** Batch 100 leaves a last chunk of 4 images in every batch. */
  private static TrainingConfig small(int threads) {
    return TrainingConfig.defaults().withEpochs(2).withBatchSize(100).withThreads(threads)
        .withSeed(7);
  }

  @Test
  void subsetBeatsFloor() {
    Mlp network = Trainer.train(TrainingConfig.defaults().withEpochs(2), train, null);
    double accuracy = Evaluator.accuracy(network, test);
    assertTrue(accuracy > 0.85, "test accuracy " + accuracy);
  }

  @Test
  void threadCountKeepsBits() {
    Dataset data = train.first(2_000);
    byte[] oneThread = ModelFile.encode(Trainer.train(small(1), data, null), METADATA);
    byte[] twoThreads = ModelFile.encode(Trainer.train(small(2), data, null), METADATA);
    byte[] threeThreads = ModelFile.encode(Trainer.train(small(3), data, null), METADATA);
    assertArrayEquals(oneThread, twoThreads);
    assertArrayEquals(oneThread, threeThreads);
  }

  @Test
  void sameSeedSameFile(@TempDir Path dir) throws Exception {
    Dataset data = train.first(2_000);
    ModelMetadata metadata = ModelMetadata.of(small(2), 0.5, data.sha256());
    ModelFile.write(Trainer.train(small(2), data, null), metadata, dir.resolve("a.cimc"));
    ModelFile.write(Trainer.train(small(2), data, null), metadata, dir.resolve("b.cimc"));
    assertArrayEquals(Files.readAllBytes(dir.resolve("a.cimc")),
        Files.readAllBytes(dir.resolve("b.cimc")));
  }

  @Test
  void seedChangesWeights() {
    Dataset data = train.first(1_000);
    Mlp a = Trainer.train(small(2), data, null);
    Mlp b = Trainer.train(small(2).withSeed(8), data, null);
    assertFalse(java.util.Arrays.equals(a.weights(0), b.weights(0)));
  }

  @Test
  void sgdLearns() {
    TrainingConfig config = small(2).withOptimizer(Optimizer.SGD)
        .withLearningRate(TrainingConfig.DEFAULT_SGD_RATE);
    double accuracy = Evaluator.accuracy(Trainer.train(config, train, null), test);
    assertTrue(accuracy > 0.85, "test accuracy " + accuracy);
  }

  @Test
  void hiddenSizesShapeNetwork() {
    TrainingConfig config = small(1).withEpochs(1).withHiddenSizes(List.of(20));
    Mlp network = Trainer.train(config, train.first(200), null);
    assertArrayEquals(new int[] {784, 20, 10}, network.sizes());
  }

  @Test
  void listenerSeesEveryBatch() {
    int[] batches = new int[1];
    int[] epochs = new int[1];
    Trainer.train(small(2), train.first(1_000), new ProgressListener() {
      @Override
      public void batchFinished(int epoch, int batch) {
        batches[0]++;
      }

      @Override
      public void epochFinished(int epoch, double meanLoss, Mlp network) {
        epochs[0]++;
        assertTrue(meanLoss > 0, "mean loss " + meanLoss);
        assertTrue(meanLoss < 3, "mean loss " + meanLoss);
      }
    });
    assertEquals(20, batches[0]);
    assertEquals(2, epochs[0]);
  }

  @Test
  void evaluatorMatchesForward() {
    Mlp network = Trainer.train(small(2).withEpochs(1), train.first(1_000), null);
    Dataset sample = test.first(500);
    int correct = 0;
    float[] input = new float[sample.pixelCount()];
    for (int n = 0; n < sample.size(); n++) {
      for (int p = 0; p < input.length; p++) {
        input[p] = sample.pixels()[n * input.length + p];
      }
      if (Mlp.argmax(network.forward(input)) == sample.label(n)) {
        correct++;
      }
    }
    assertEquals(correct, Evaluator.correctCount(network, sample, 1));
    assertEquals(correct, Evaluator.correctCount(network, sample, 2));
  }
}
