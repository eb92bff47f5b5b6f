package cimc.study;

import cimc.nn.Mlp;

/**
 * Classifies a fixed set of binary images with an {@link Mlp}, faster than
 * {@link Mlp#forward} and with bit-identical logits up to the sign of zero.
 *
 * <p>Because every input is 0 or 1, the first layer adds up the weight columns of the active
 * pixels instead of multiplying. Hidden layers skip inputs that ReLU set to zero. Sums start at
 * the bias and add terms in increasing input order in float arithmetic, as {@code forward}
 * does; skipped terms are ±0 there, which cannot change a sum except for the sign of a zero.
 * Instances are immutable and safe to share between threads.
 */
public final class BinaryInputEvaluator {
  private final int pixelCount;
  private final int[][] active;
  private final int[] labels;

  /**
   * @param pixelCount pixels per image
   * @param pixels images one after another, {@code pixels[n * pixelCount + p]}, each pixel 0 or
   *     1; a non-zero pixel counts as 1
   * @param labels class of each image, 0 to the number of outputs − 1
   */
  public BinaryInputEvaluator(int pixelCount, byte[] pixels, byte[] labels) {
    if (pixelCount <= 0 || (long) pixelCount * labels.length != pixels.length) {
      throw new IllegalArgumentException(labels.length + " labels of " + pixelCount
          + " pixels need " + ((long) pixelCount * labels.length) + " pixels, got "
          + pixels.length);
    }
    this.pixelCount = pixelCount;
    this.active = new int[labels.length][];
    this.labels = new int[labels.length];
    for (int n = 0; n < labels.length; n++) {
      active[n] = activePixels(pixels, n * pixelCount, pixelCount);
      this.labels[n] = labels[n];
    }
  }

  private static int[] activePixels(byte[] pixels, int from, int count) {
    int active = 0;
    for (int i = 0; i < count; i++) {
      active += pixels[from + i] != 0 ? 1 : 0;
    }
    int[] indices = new int[active];
    int next = 0;
    for (int i = 0; i < count; i++) {
      if (pixels[from + i] != 0) {
        indices[next++] = i;
      }
    }
    return indices;
  }

  public int size() {
    return labels.length;
  }

  /** Returns the number of non-zero pixels summed over all images. */
  public long activePixelCount() {
    long count = 0;
    for (int[] image : active) {
      count += image.length;
    }
    return count;
  }

  /** Returns the fraction of images classified correctly, from 0 to 1. */
  public double accuracy(Mlp model) {
    return labels.length == 0 ? 0 : (double) correct(model) / labels.length;
  }

  /** Returns how many images {@code model} classifies correctly; ties go to the lower class. */
  public int correct(Mlp model) {
    Network net = new Network(model, pixelCount);
    int correct = 0;
    for (int n = 0; n < labels.length; n++) {
      if (Mlp.argmax(net.logits(active[n])) == labels[n]) {
        correct++;
      }
    }
    return correct;
  }

  /** Returns the logits of image {@code n}. */
  public float[] logits(Mlp model, int n) {
    return new Network(model, pixelCount).logits(active[n]).clone();
  }

  /**
   * Weights transposed to one array per input plus scratch buffers; used by one thread. Each
   * input's weights are a separate array because C2 of JDK 17 vectorizes {@code sum[o] +=
   * row[o]} but not {@code sum[o] += w[base + o]} with a loop-invariant {@code base}.
   */
  private static final class Network {
    private final int layers;
    private final float[][][] rows;
    private final float[][] biases;
    private final float[][] activations;

    Network(Mlp model, int pixels) {
      if (model.inputs(0) != pixels) {
        throw new IllegalArgumentException("network has " + model.inputs(0)
            + " inputs but images have " + pixels + " pixels");
      }
      layers = model.layerCount();
      rows = new float[layers][][];
      biases = new float[layers][];
      activations = new float[layers][];
      for (int l = 0; l < layers; l++) {
        rows[l] = transpose(model.weights(l), model.outputs(l), model.inputs(l));
        biases[l] = model.biases(l);
        activations[l] = new float[model.outputs(l)];
      }
    }

    private static float[][] transpose(float[] weights, int outputs, int inputs) {
      float[][] t = new float[inputs][outputs];
      for (int o = 0; o < outputs; o++) {
        for (int i = 0; i < inputs; i++) {
          t[i][o] = weights[o * inputs + i];
        }
      }
      return t;
    }

    float[] logits(int[] activePixels) {
      float[] sum = activations[0];
      float[][] w = rows[0];
      System.arraycopy(biases[0], 0, sum, 0, sum.length);
      for (int i : activePixels) {
        float[] row = w[i];
        for (int o = 0; o < sum.length; o++) {
          sum[o] += row[o];
        }
      }
      for (int l = 1; l < layers; l++) {
        relu(activations[l - 1]);
        hiddenLayer(l);
      }
      return activations[layers - 1];
    }

    private void hiddenLayer(int l) {
      float[] input = activations[l - 1];
      float[] sum = activations[l];
      float[][] w = rows[l];
      System.arraycopy(biases[l], 0, sum, 0, sum.length);
      for (int i = 0; i < input.length; i++) {
        float a = input[i];
        if (a == 0f) {
          continue;
        }
        float[] row = w[i];
        for (int o = 0; o < sum.length; o++) {
          sum[o] += row[o] * a;
        }
      }
    }

    private static void relu(float[] values) {
      for (int k = 0; k < values.length; k++) {
        if (values[k] < 0f) {
          values[k] = 0f;
        }
      }
    }
  }
}
