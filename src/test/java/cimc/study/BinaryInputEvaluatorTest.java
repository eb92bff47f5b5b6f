package cimc.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cimc.nn.Mlp;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BinaryInputEvaluatorTest {
  @Test
  void logitsMatchForward() {
    SplittableRandom random = new SplittableRandom(21);
    Mlp model = Mlp.zeros(50, 24, 12, 10);
    for (int l = 0; l < model.layerCount(); l++) {
      float[] w = model.weights(l);
      for (int k = 0; k < w.length; k++) {
        w[k] = (float) random.nextGaussian() * 0.3f;
      }
      float[] b = model.biases(l);
      for (int k = 0; k < b.length; k++) {
        b[k] = (float) random.nextGaussian() * 0.1f;
      }
    }
    int n = 300;
    byte[] images = new byte[n * 50];
    byte[] labels = new byte[n];
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < 50; i++) {
        images[k * 50 + i] = (byte) (random.nextInt(4) == 0 ? 1 : 0);
      }
      labels[k] = (byte) random.nextInt(10);
    }
    BinaryInputEvaluator evaluator = new BinaryInputEvaluator(50, images, labels);
    int correct = 0;
    for (int k = 0; k < n; k++) {
      float[] input = new float[50];
      for (int i = 0; i < 50; i++) {
        input[i] = images[k * 50 + i];
      }
      float[] expected = model.forward(input);
      float[] actual = evaluator.logits(model, k);
      for (int c = 0; c < 10; c++) {
        assertEquals(expected[c], actual[c], 0f, "image " + k + " class " + c);
      }
      correct += Mlp.argmax(expected) == labels[k] ? 1 : 0;
    }
    assertEquals(correct, evaluator.correct(model));
  }
}
