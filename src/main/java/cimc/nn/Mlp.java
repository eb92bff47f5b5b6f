package cimc.nn;

import java.util.Arrays;

/**
 * A fully connected network: weight layer {@code l} maps {@code sizes[l]} inputs to
 * {@code sizes[l + 1]} outputs, with ReLU between layers and raw logits at the end.
 *
 * <p>Weights of layer {@code l} are stored row-major by output: the weight from input {@code i}
 * to output {@code o} is {@code weights[l][o * sizes[l] + i]}. The arrays are shared with the
 * caller, not copied, so training can update them in place.
 */
public final class Mlp {
  private final int[] sizes;
  private final float[][] weights;
  private final float[][] biases;

  public Mlp(int[] sizes, float[][] weights, float[][] biases) {
    if (sizes.length < 2) {
      throw new IllegalArgumentException("a network needs at least 2 layer sizes, got "
          + sizes.length);
    }
    if (weights.length != sizes.length - 1 || biases.length != sizes.length - 1) {
      throw new IllegalArgumentException("expected " + (sizes.length - 1)
          + " weight and bias layers, got " + weights.length + " and " + biases.length);
    }
    for (int l = 0; l < weights.length; l++) {
      if (sizes[l] <= 0 || sizes[l + 1] <= 0) {
        throw new IllegalArgumentException("layer sizes must be positive: "
            + Arrays.toString(sizes));
      }
      if (weights[l].length != sizes[l] * sizes[l + 1] || biases[l].length != sizes[l + 1]) {
        throw new IllegalArgumentException("layer " + l + " has " + weights[l].length
            + " weights and " + biases[l].length + " biases, expected "
            + (sizes[l] * sizes[l + 1]) + " and " + sizes[l + 1]);
      }
    }
    this.sizes = sizes.clone();
    this.weights = weights;
    this.biases = biases;
  }

  /** Creates a network of the given sizes with all weights and biases zero. */
  public static Mlp zeros(int... sizes) {
    float[][] w = new float[sizes.length - 1][];
    float[][] b = new float[sizes.length - 1][];
    for (int l = 0; l < w.length; l++) {
      w[l] = new float[sizes[l] * sizes[l + 1]];
      b[l] = new float[sizes[l + 1]];
    }
    return new Mlp(sizes, w, b);
  }

  public int layerCount() {
    return weights.length;
  }

  public int[] sizes() {
    return sizes.clone();
  }

  public int inputs(int layer) {
    return sizes[layer];
  }

  public int outputs(int layer) {
    return sizes[layer + 1];
  }

  public float[] weights(int layer) {
    return weights[layer];
  }

  public float[] biases(int layer) {
    return biases[layer];
  }

  /** Returns a deep copy, so that clipping or quantizing the copy leaves this network alone. */
  public Mlp copy() {
    float[][] w = new float[weights.length][];
    float[][] b = new float[biases.length][];
    for (int l = 0; l < w.length; l++) {
      w[l] = weights[l].clone();
      b[l] = biases[l].clone();
    }
    return new Mlp(sizes, w, b);
  }

  /** Computes the logits for one input vector. */
  public float[] forward(float[] input) {
    float[] a = input;
    for (int l = 0; l < weights.length; l++) {
      int in = sizes[l];
      int out = sizes[l + 1];
      float[] z = new float[out];
      float[] w = weights[l];
      for (int o = 0; o < out; o++) {
        float s = biases[l][o];
        int base = o * in;
        for (int i = 0; i < in; i++) {
          s += w[base + i] * a[i];
        }
        z[o] = (l < weights.length - 1 && s < 0f) ? 0f : s;
      }
      a = z;
    }
    return a;
  }

  /** Returns the index of the largest value; ties go to the lowest index. */
  public static int argmax(float[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }
}
