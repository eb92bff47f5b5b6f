package cimc.rtl.gen;

import cimc.hw.LayerTiling;

/**
 * Integer hardware parameters of one weight layer, as docs/golden-spec.md defines them.
 *
 * @param tiling how the layer is cut into array tiles
 * @param inputBits bits per input of this layer (bit planes), 1 to 8
 * @param adcStep ADC step s in conductance-code units, at least 1
 * @param biases integer bias per output neuron, in accumulator units
 * @param multiplier requantization multiplier M, 0 to 65535 (hidden layers only)
 * @param shift requantization shift S, 0 to 31 (hidden layers only)
 */
public record LayerParams(LayerTiling tiling, int inputBits, int adcStep, int[] biases,
    int multiplier, int shift) {
  public LayerParams {
    if (inputBits < 1 || inputBits > 8) {
      throw new IllegalArgumentException("layer " + tiling.layer() + " input bits "
          + inputBits + " are outside 1..8");
    }
    if (adcStep < 1) {
      throw new IllegalArgumentException("layer " + tiling.layer() + " ADC step " + adcStep
          + " is below 1");
    }
    if (biases.length != tiling.outputs()) {
      throw new IllegalArgumentException("layer " + tiling.layer() + " has " + biases.length
          + " biases for " + tiling.outputs() + " outputs");
    }
    if (multiplier < 0 || multiplier > 0xFFFF || shift < 0 || shift > 31) {
      throw new IllegalArgumentException("layer " + tiling.layer() + " requantization M "
          + multiplier + ", S " + shift + " is outside M 0..65535, S 0..31");
    }
    biases = biases.clone();
  }

  public int layer() {
    return tiling.layer();
  }

  /** Bias of output neuron {@code o}. */
  public int bias(int o) {
    return biases[o];
  }

  public int minBias() {
    int min = 0;
    for (int b : biases) {
      min = Math.min(min, b);
    }
    return min;
  }

  public int maxBias() {
    int max = 0;
    for (int b : biases) {
      max = Math.max(max, b);
    }
    return max;
  }

  /** Rounding constant added before the shift: {@code 1 << (S - 1)}, or 0 when S is 0. */
  public long roundingTerm() {
    return shift > 0 ? 1L << (shift - 1) : 0;
  }

  /** ADC conversion groups of column tile {@code ct}: {@code ceil(pairsUsed / adcs)}. */
  public int groups(int ct, int adcs) {
    return (tiling.pairsUsed(ct) + adcs - 1) / adcs;
  }
}
