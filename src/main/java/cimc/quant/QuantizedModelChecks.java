package cimc.quant;

/** Consistency checks of a {@link QuantizedModel}; each failure names the layer and value. */
final class QuantizedModelChecks {
  private QuantizedModelChecks() {}

  static void check(QuantizedModel m) {
    if (m.bits() < Quantizer.MIN_BITS || m.bits() > Quantizer.MAX_BITS) {
      throw new IllegalArgumentException("bit width " + m.bits() + " is outside "
          + Quantizer.MIN_BITS + ".." + Quantizer.MAX_BITS);
    }
    int[] sizes = m.sizes();
    if (sizes.length < 2) {
      throw new IllegalArgumentException("a network needs at least 2 layer sizes, got "
          + sizes.length);
    }
    int layers = sizes.length - 1;
    if (m.rawCodes().length != layers || m.rawScales().length != layers
        || m.rawBiases().length != layers || m.rawClipLows().length != layers
        || m.rawClipHighs().length != layers) {
      throw new IllegalArgumentException("expected " + layers
          + " layers of codes, scales, biases and bounds");
    }
    if (!QuantizedModel.isSha256(m.sourceModelSha256())) {
      throw new IllegalArgumentException("source model SHA-256 '" + m.sourceModelSha256()
          + "' is not 64 lowercase hex digits");
    }
    for (int l = 0; l < layers; l++) {
      checkLayer(m, l, sizes[l], sizes[l + 1]);
    }
  }

  private static void checkLayer(QuantizedModel m, int l, int inputs, int outputs) {
    if (inputs <= 0 || outputs <= 0) {
      throw new IllegalArgumentException("layer " + l + " has size " + inputs + " x " + outputs
          + "; sizes must be positive");
    }
    checkCodes(l, m.rawCodes()[l], (long) inputs * outputs, m.maxCode());
    double scale = m.rawScales()[l];
    if (!(scale >= 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("layer " + l + " scale " + scale
          + " is not a finite number >= 0");
    }
    float[] biases = m.rawBiases()[l];
    if (biases.length != outputs) {
      throw new IllegalArgumentException("layer " + l + " has " + biases.length
          + " biases, expected " + outputs);
    }
    for (int o = 0; o < outputs; o++) {
      if (!Float.isFinite(biases[o])) {
        throw new IllegalArgumentException("layer " + l + " bias " + o + " is " + biases[o]);
      }
    }
    checkBounds(l, m.rawClipLows()[l], m.rawClipHighs()[l], m.perNeuron() ? outputs : 1);
  }

  private static void checkCodes(int l, byte[] codes, long expected, int maxCode) {
    if (codes.length != expected) {
      throw new IllegalArgumentException("layer " + l + " has " + codes.length
          + " codes, expected " + expected);
    }
    for (int k = 0; k < codes.length; k++) {
      if (codes[k] < -maxCode || codes[k] > maxCode) {
        throw new IllegalArgumentException("layer " + l + " code " + k + " is " + codes[k]
            + ", outside -" + maxCode + ".." + maxCode);
      }
    }
  }

  private static void checkBounds(int l, double[] lows, double[] highs, int expected) {
    if (lows.length != expected || highs.length != expected) {
      throw new IllegalArgumentException("layer " + l + " has " + lows.length + " lower and "
          + highs.length + " upper clipping bounds, expected " + expected);
    }
    for (int g = 0; g < expected; g++) {
      if (!Double.isFinite(lows[g]) || !Double.isFinite(highs[g]) || lows[g] > highs[g]) {
        throw new IllegalArgumentException("layer " + l + " clipping bounds [" + lows[g] + ", "
            + highs[g] + "] are not finite with low <= high");
      }
    }
  }
}
