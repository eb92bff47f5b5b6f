package cimc.map;

import cimc.CimcException;
import java.util.OptionalDouble;

/**
 * The part of a quantized network that the compiler maps: signed weight codes per layer
 * (row-major by output, {@code codes[l][o * sizes[l] + i]}), one weight scale per layer (the
 * real weight of code q is {@code q * scale}), float biases added digitally, and provenance.
 *
 * @param z clipping width in standard deviations, empty when the weights were not clipped
 * @param sourceSha256 SHA-256 of the model file the codes came from, 64 lowercase hex digits
 */
public record QuantizedWeights(int bits, OptionalDouble z, int[] sizes, byte[][] codes,
    double[] scales, float[][] biases, String sourceSha256) {

  public int layerCount() {
    return sizes.length - 1;
  }

  /** Total number of weights over all layers. */
  public long weightCount() {
    long n = 0;
    for (int l = 0; l < layerCount(); l++) {
      n += (long) sizes[l] * sizes[l + 1];
    }
    return n;
  }

  /**
   * Checks that every code fits the cell levels under the mapping: |q| up to
   * {@code levels - 1} for the differential mapping, {@code q + offset} in {@code 0..levels - 1}
   * for the offset mapping.
   *
   * @throws CimcException naming the first code that does not fit and the fix
   */
  public void checkLevels(int levels, Mapping mapping) {
    int offset = (1 << (bits - 1)) - 1;
    if (mapping == Mapping.OFFSET && 2 * offset > levels - 1) {
      throw new CimcException("the offset mapping of " + bits + "-bit codes needs "
          + (2 * offset + 1) + " levels per cell but the device has " + levels
          + "; use the differential mapping, fewer weight bits or a device with more levels");
    }
    for (int l = 0; l < layerCount(); l++) {
      byte[] layer = codes[l];
      for (int k = 0; k < layer.length; k++) {
        int q = layer[k];
        int need = mapping == Mapping.DIFFERENTIAL ? Math.abs(q) : q + offset;
        if (need > levels - 1 || need < 0) {
          throw new CimcException("weight code " + q + " of layer " + l + " (output "
              + k / sizes[l] + ", input " + k % sizes[l] + ") needs level " + need
              + " but the device has levels 0.." + (levels - 1) + "; quantize with fewer bits"
              + " (at most " + (32 - Integer.numberOfLeadingZeros(levels))
              + " for this device) or use a device with more levels");
        }
      }
    }
  }
}
