package cimc.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cimc.nn.Mlp;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SweepRunnerTest {
  static final int PIXELS = 30;

  static Mlp randomModel(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Mlp model = Mlp.zeros(PIXELS, 12, 10);
    for (int l = 0; l < 2; l++) {
      float[] w = model.weights(l);
      for (int k = 0; k < w.length; k++) {
        w[k] = (float) random.nextGaussian();
      }
    }
    return model;
  }

  static BinaryInputEvaluator evaluator() {
    SplittableRandom random = new SplittableRandom(99);
    int n = 200;
    byte[] pixels = new byte[n * PIXELS];
    byte[] labels = new byte[n];
    for (int k = 0; k < pixels.length; k++) {
      pixels[k] = (byte) random.nextInt(2);
    }
    Mlp teacher = randomModel(5);
    BinaryInputEvaluator unlabeled = new BinaryInputEvaluator(PIXELS, pixels, labels);
    for (int k = 0; k < n; k++) {
      labels[k] = (byte) Mlp.argmax(unlabeled.logits(teacher, k));
    }
    return new BinaryInputEvaluator(PIXELS, pixels, labels);
  }

  static SweepGrid grid() {
    return new SweepGrid(List.of(OptionalDouble.of(1.5), OptionalDouble.empty()), List.of(3, 4),
        List.of(VariationModel.ideal(), VariationModel.gaussianWindow(0.1)), 4, 7, false);
  }

  @Test
  void sameResultsAnyThreads() {
    BinaryInputEvaluator evaluator = evaluator();
    List<Mlp> models = List.of(randomModel(5), randomModel(6));
    List<String> sha = List.of("a".repeat(64), "b".repeat(64));
    SweepResult one = new SweepRunner(grid(), evaluator, 1, () -> {}).run(models, sha);
    SweepResult two = new SweepRunner(grid(), evaluator, 2, () -> {}).run(models, sha);
    for (int z = 0; z < 2; z++) {
      for (int b = 0; b < 2; b++) {
        for (int v = 0; v < 2; v++) {
          for (int m = 0; m < 2; m++) {
            for (int d = 0; d < 4; d++) {
              assertEquals(one.accuracy(z, b, v, m, d), two.accuracy(z, b, v, m, d), 0);
            }
          }
        }
      }
    }
    assertEquals(1.0, one.floatAccuracy(0), 0);
  }

  @Test
  void drawsDiffer() {
    SweepResult result = new SweepRunner(grid(), evaluator(), 2, () -> {})
        .run(List.of(randomModel(5)), List.of("a".repeat(64)));
    double[] noisy = result.cellValues(1, 1, 1);
    boolean differ = false;
    for (double a : noisy) {
      differ |= a != noisy[0];
    }
    assertEquals(true, differ);
    double[] ideal = result.cellValues(1, 1, 0);
    for (double a : ideal) {
      assertEquals(ideal[0], a, 0);
    }
    assertNotEquals(result.mean(1, 1, 1), result.mean(1, 1, 0));
  }

  @Test
  void evaluationCountMatchesCalls() {
    AtomicInteger calls = new AtomicInteger();
    SweepRunner runner = new SweepRunner(grid(), evaluator(), 2, calls::incrementAndGet);
    runner.run(List.of(randomModel(5), randomModel(6)), List.of("a".repeat(64),
        "b".repeat(64)));
    // Per model: 1 float + 2 z x 2 bits x (1 ideal + 4 noisy draws).
    assertEquals(2 * (1 + 2 * 2 * 5), calls.get());
    assertEquals(calls.get(), runner.evaluationCount(2));
  }

  @Test
  void idealLevelCountsOncePerModel() {
    List<Mlp> models = List.of(randomModel(5), randomModel(6));
    SweepResult result = new SweepRunner(grid(), evaluator(), 2, () -> {})
        .run(models, List.of("a".repeat(64), "b".repeat(64)));
    double[] ideal = result.cellValues(0, 0, 0);
    assertEquals(2, ideal.length);
    assertEquals(result.accuracy(0, 0, 0, 0, 0), ideal[0], 0);
    assertEquals(result.accuracy(0, 0, 0, 1, 0), ideal[1], 0);
    assertEquals(Stats.sampleStd(ideal), result.std(0, 0, 0), 0);
    assertEquals(2 * 4, result.cellValues(0, 0, 1).length);
  }

  @Test
  void statsOfCell() {
    assertEquals(2.0, Stats.mean(new double[] {1, 2, 3}), 0);
    assertEquals(1.0, Stats.sampleStd(new double[] {1, 2, 3}), 1e-15);
    assertEquals(0.0, Stats.sampleStd(new double[] {4}), 0);
  }
}
