package cimc.nn;

import cimc.data.Dataset;
import java.util.Arrays;

/**
 * Sums the softmax cross-entropy gradient over a run of images into a buffer of its own. The
 * images are processed in the given order and every sum runs in a fixed order, so the buffer's
 * bits depend only on the parameters and the images, never on the thread that runs it.
 */
final class ChunkGradient {
  private final ParameterLayout layout;
  private final float[] gradient;
  private final float[][] activations;
  private final float[][] deltas;
  private double lossSum;

  ChunkGradient(ParameterLayout layout) {
    this.layout = layout;
    this.gradient = new float[layout.total()];
    this.activations = layout.newActivations();
    this.deltas = layout.newActivations();
  }

  /** Summed gradient of the last {@link #compute} call, in the layout's order. */
  float[] gradient() {
    return gradient;
  }

  /** Summed cross-entropy of the last {@link #compute} call, in nats. */
  double lossSum() {
    return lossSum;
  }

  /** Replaces the buffer with the gradient summed over {@code order[from..to)}. */
  void compute(float[] params, Dataset images, int[] order, int from, int to) {
    Arrays.fill(gradient, 0f);
    lossSum = 0;
    int pixelCount = images.pixelCount();
    for (int k = from; k < to; k++) {
      int index = order[k];
      layout.forward(params, images.pixels(), index * pixelCount, activations);
      lossSum += softmaxDelta(activations[layout.layers()], images.label(index),
          deltas[layout.layers()]);
      for (int l = layout.layers() - 1; l >= 0; l--) {
        backwardLayer(params, l);
      }
    }
  }

  /**
   * Writes softmax(logits) minus the one-hot label into {@code delta} and returns the
   * cross-entropy. Uses {@code StrictMath} so the result is the same on every platform.
   */
  private static double softmaxDelta(float[] logits, int label, float[] delta) {
    double max = logits[0];
    for (float z : logits) {
      max = Math.max(max, z);
    }
    double sum = 0;
    for (float z : logits) {
      sum += StrictMath.exp(z - max);
    }
    for (int o = 0; o < logits.length; o++) {
      double p = StrictMath.exp(logits[o] - max) / sum;
      delta[o] = (float) (o == label ? p - 1 : p);
    }
    return StrictMath.log(sum) - (logits[label] - max);
  }

  /**
   * Adds layer {@code l}'s weight and bias gradients and, below the top layer, writes the
   * delta of its input through the ReLU derivative (1 where the activation is positive).
   */
  private void backwardLayer(float[] params, int l) {
    float[] delta = deltas[l + 1];
    float[] a = activations[l];
    int out = delta.length;
    int biasOffset = layout.biasOffset(l);
    for (int o = 0; o < out; o++) {
      gradient[biasOffset + o] += delta[o];
    }
    float[] below = l > 0 ? deltas[l] : null;
    int base = layout.weightOffset(l);
    for (int i = 0; i < a.length; i++, base += out) {
      float x = a[i];
      if (x == 0f) {
        if (below != null) {
          below[i] = 0f;
        }
        continue;
      }
      for (int o = 0; o < out; o++) {
        gradient[base + o] += x * delta[o];
      }
      if (below != null) {
        float dot = 0f;
        for (int o = 0; o < out; o++) {
          dot += params[base + o] * delta[o];
        }
        below[i] = dot;
      }
    }
  }
}
