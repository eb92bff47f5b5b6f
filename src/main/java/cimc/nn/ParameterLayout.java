package cimc.nn;

/**
 * All weights and biases of a network in one flat {@code float[]}, with weights stored
 * input-major: the weight from input {@code i} to output {@code o} of layer {@code l} is at
 * {@code weightOffset(l) + i * outputs + o}. This layout lets the forward pass add one
 * contiguous row per nonzero input, which skips the off pixels of a binarized image and the
 * inactive ReLU outputs, and keeps the innermost loops contiguous for the JIT to vectorize.
 *
 * <p>For each output the sum starts at the bias and adds the inputs in ascending order, as
 * {@link Mlp#forward} does, so the values equal {@code Mlp.forward}'s up to the sign of a zero.
 */
final class ParameterLayout {
  private final int[] sizes;
  private final int[] weightOffsets;
  private final int[] biasOffsets;
  private final int total;

  ParameterLayout(int[] sizes) {
    this.sizes = sizes.clone();
    int layers = sizes.length - 1;
    weightOffsets = new int[layers];
    biasOffsets = new int[layers];
    long offset = 0;
    for (int l = 0; l < layers; l++) {
      weightOffsets[l] = (int) offset;
      offset += (long) sizes[l] * sizes[l + 1];
      biasOffsets[l] = (int) offset;
      offset += sizes[l + 1];
      if (offset > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("network too large for one array: " + offset);
      }
    }
    total = (int) offset;
  }

  int total() {
    return total;
  }

  int layers() {
    return sizes.length - 1;
  }

  int size(int index) {
    return sizes[index];
  }

  int[] sizes() {
    return sizes.clone();
  }

  int weightOffset(int layer) {
    return weightOffsets[layer];
  }

  int biasOffset(int layer) {
    return biasOffsets[layer];
  }

  /** Copies the network into a new flat array in this layout. */
  float[] flatten(Mlp network) {
    float[] params = new float[total];
    for (int l = 0; l < layers(); l++) {
      int in = sizes[l];
      int out = sizes[l + 1];
      float[] w = network.weights(l);
      for (int o = 0; o < out; o++) {
        for (int i = 0; i < in; i++) {
          params[weightOffsets[l] + i * out + o] = w[o * in + i];
        }
      }
      System.arraycopy(network.biases(l), 0, params, biasOffsets[l], out);
    }
    return params;
  }

  /** Copies a flat array in this layout into a new network. */
  Mlp toMlp(float[] params) {
    Mlp network = Mlp.zeros(sizes);
    for (int l = 0; l < layers(); l++) {
      int in = sizes[l];
      int out = sizes[l + 1];
      float[] w = network.weights(l);
      for (int o = 0; o < out; o++) {
        for (int i = 0; i < in; i++) {
          w[o * in + i] = params[weightOffsets[l] + i * out + o];
        }
      }
      System.arraycopy(params, biasOffsets[l], network.biases(l), 0, out);
    }
    return network;
  }

  /** Allocates one activation vector per layer size, input first. */
  float[][] newActivations() {
    float[][] activations = new float[sizes.length][];
    for (int k = 0; k < sizes.length; k++) {
      activations[k] = new float[sizes[k]];
    }
    return activations;
  }

  /**
   * Runs one 0/1 image through the network. Fills {@code activations[0]} with the pixels,
   * each hidden {@code activations[l]} with ReLU outputs and the last with raw logits.
   */
  void forward(float[] params, byte[] pixels, int pixelOffset, float[][] activations) {
    float[] input = activations[0];
    for (int i = 0; i < input.length; i++) {
      input[i] = pixels[pixelOffset + i];
    }
    for (int l = 0; l < layers(); l++) {
      forwardLayer(params, l, activations[l], activations[l + 1]);
    }
  }

  private void forwardLayer(float[] params, int layer, float[] a, float[] z) {
    int out = z.length;
    System.arraycopy(params, biasOffsets[layer], z, 0, out);
    int base = weightOffsets[layer];
    for (int i = 0; i < a.length; i++, base += out) {
      float x = a[i];
      if (x == 0f) {
        continue;
      }
      for (int o = 0; o < out; o++) {
        z[o] += x * params[base + o];
      }
    }
    if (layer < layers() - 1) {
      for (int o = 0; o < out; o++) {
        z[o] = z[o] < 0f ? 0f : z[o];
      }
    }
  }
}
