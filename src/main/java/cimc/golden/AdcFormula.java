package cimc.golden;

/**
 * {@link Adc#convert} and {@link Adc#saturates} for one step and resolution in int arithmetic
 * without division or table reads, so that a loop over many conversions vectorizes.
 *
 * <p>A conversion clamps D to {@code [satLo, satHi]}, the D values that do not saturate, and
 * divides the non-negative {@code n = 2D + s + 2sH} by {@code 2s} with a multiply and an
 * unsigned shift: {@code k = ((n * multiplier) >>> shift) - H}. D saturates when it lies outside
 * {@code [satLo, satHi]}. The constructor checks the multiply against {@code Math.floorDiv} for
 * every unclamped D, and {@link #of} returns null for a step and resolution where no int
 * multiplier is exact.
 */
final class AdcFormula {
  /** Largest count of unclamped D values that {@link #of} checks one by one. */
  private static final long MAX_CHECKED = 1L << 24;

  final int satLo;
  final int satHi;
  final int half;
  final int constant;
  final int multiplier;
  final int shift;

  private AdcFormula(int satLo, int satHi, int half, int constant, int multiplier, int shift) {
    this.satLo = satLo;
    this.satHi = satHi;
    this.half = half;
    this.constant = constant;
    this.multiplier = multiplier;
    this.shift = shift;
  }

  /**
   * Returns the formula for ADC step {@code step} (conductance codes, at least 1) and
   * {@code bits} ADC bits, or null when the non-saturating D range is too wide for an exact int
   * multiply.
   */
  static AdcFormula of(int step, int bits) {
    long half = 1L << (bits - 1);
    long twoStep = 2L * step;
    // floorDiv(2D + s, 2s) <= H - 1 exactly when 2D + s < 2sH, and >= -H when 2D + s >= -2sH.
    long satHi = Math.floorDiv(twoStep * half - step - 1, 2);
    long satLo = -Math.floorDiv(twoStep * half + step, 2);
    long constant = step + twoStep * half;
    long nMax = 2 * satHi + constant;
    if (satHi - satLo + 1 > MAX_CHECKED || nMax > Integer.MAX_VALUE) {
      return null;
    }
    for (int shift = 31; shift >= 0; shift--) {
      long multiplier = ((1L << shift) + twoStep - 1) / twoStep;
      if (nMax * multiplier > Integer.MAX_VALUE) {
        continue;
      }
      AdcFormula f = new AdcFormula((int) satLo, (int) satHi, (int) half, (int) constant,
          (int) multiplier, shift);
      return f.exact(step, bits) ? f : null;
    }
    return null;
  }

  /** Converts one D; the same code as {@link Adc#convert} for every int D. */
  int code(int d) {
    int clamped = Math.max(satLo, Math.min(satHi, d));
    return (((2 * clamped + constant) * multiplier) >>> shift) - half;
  }

  /** 1 when D saturates, else 0; the same as {@link Adc#saturates} for D in ±2^30. */
  int saturated(int d) {
    return ((d - satLo) | (satHi - d)) >>> 31;
  }

  private boolean exact(int step, int bits) {
    if (!Adc.saturates(satLo - 1L, step, bits) || !Adc.saturates(satHi + 1L, step, bits)) {
      return false;
    }
    for (int d = satLo; d <= satHi; d++) {
      if (code(d) != Adc.convert(d, step, bits) || Adc.saturates(d, step, bits)) {
        return false;
      }
    }
    return true;
  }
}
