package cimc.golden;

import cimc.hw.HardwareSpec;
import cimc.hw.LayerSpec;
import cimc.nn.Mlp;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The quantized network without the ADC: real weights {@code code * scale}, exact sums in
 * double precision, and the same activation quantization as the hardware. Hidden layer l
 * computes {@code z = sum_i w[o][i] * x[i] * inputScale(l) + bias[o]} and outputs the code
 * {@code clamp(floor(z / outputScale(l) + 0.5), 0, 2^a - 1)}; the last layer outputs z. It is
 * the reference that the golden model with enough ADC bits should agree with.
 */
public final class FloatSimulation {
  private final Mlp network;
  private final HardwareSpec spec;

  /**
   * @param network the dequantized network (weights {@code code * scale}, float biases)
   * @param spec the hardware spec whose input and output scales and bits are used
   */
  public FloatSimulation(Mlp network, HardwareSpec spec) {
    if (!java.util.Arrays.equals(network.sizes(), spec.sizes())) {
      throw new IllegalArgumentException("network sizes "
          + java.util.Arrays.toString(network.sizes()) + " differ from the hardware spec's "
          + java.util.Arrays.toString(spec.sizes()));
    }
    this.network = network;
    this.spec = spec;
  }

  /** Returns the logits of one image of 0/1 pixels starting at {@code offset}. */
  public double[] logits(byte[] pixels, int offset) {
    double[] x = new double[network.inputs(0)];
    for (int i = 0; i < x.length; i++) {
      x[i] = pixels[offset + i];
    }
    for (int l = 0; l < network.layerCount(); l++) {
      x = layer(l, x);
    }
    return x;
  }

  private double[] layer(int l, double[] codes) {
    LayerSpec s = spec.layer(l);
    int in = network.inputs(l);
    float[] w = network.weights(l);
    float[] b = network.biases(l);
    double[] out = new double[network.outputs(l)];
    for (int o = 0; o < out.length; o++) {
      double sum = 0;
      for (int i = 0; i < in; i++) {
        if (codes[i] != 0) {
          sum += w[o * in + i] * codes[i];
        }
      }
      double z = sum * s.inputScale() + b[o];
      if (!s.hidden()) {
        out[o] = z;
        continue;
      }
      double max = (1L << s.outputBits()) - 1;
      out[o] = Math.max(0, Math.min(max, Math.floor(z / s.outputScale() + 0.5)));
    }
    return out;
  }

  /** Returns the class of one image: argmax of the logits, ties to the lowest index. */
  public int classify(byte[] pixels, int offset) {
    double[] z = logits(pixels, offset);
    int best = 0;
    for (int o = 1; o < z.length; o++) {
      if (z[o] > z[best]) {
        best = o;
      }
    }
    return best;
  }

  /** Classifies images {@code 0 .. count-1} on {@code threads} threads. */
  public int[] classifyAll(byte[] pixels, int count, int threads) {
    int inputs = network.inputs(0);
    int[] classes = new int[count];
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(() -> IntStream.range(0, count).parallel()
          .forEach(n -> classes[n] = classify(pixels, n * inputs))).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("float simulation was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("float simulation failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return classes;
  }
}
