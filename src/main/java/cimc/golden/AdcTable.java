package cimc.golden;

import cimc.hw.IntRange;

/**
 * {@link Adc#convert} and {@link Adc#saturates} tabulated over one layer's derived D range, so a
 * conversion is one array read. Values outside the range, which only read noise can produce,
 * fall back to the formulas.
 */
final class AdcTable {
  private final int dMin;
  private final int dMax;
  private final int step;
  private final int bits;
  private final int[] codes;
  private final int[] saturated;

  AdcTable(IntRange d, int step, int bits) {
    if (d.min() < Integer.MIN_VALUE / 2 || d.max() > Integer.MAX_VALUE / 2
        || d.max() - d.min() > 1 << 26) {
      throw new IllegalArgumentException("D range [" + d.min() + ", " + d.max()
          + "] is too wide to tabulate");
    }
    this.dMin = (int) d.min();
    this.dMax = (int) d.max();
    this.step = step;
    this.bits = bits;
    this.codes = new int[dMax - dMin + 1];
    this.saturated = new int[codes.length];
    for (int v = dMin; v <= dMax; v++) {
      codes[v - dMin] = Adc.convert(v, step, bits);
      saturated[v - dMin] = Adc.saturates(v, step, bits) ? 1 : 0;
    }
  }

  int dMin() {
    return dMin;
  }

  int dMax() {
    return dMax;
  }

  /** Codes of D = dMin .. dMax; shared, not copied. */
  int[] codes() {
    return codes;
  }

  /** 1 where D = dMin + index saturates, else 0; shared, not copied. */
  int[] saturatedFlags() {
    return saturated;
  }

  int code(int d) {
    return d >= dMin && d <= dMax ? codes[d - dMin] : Adc.convert(d, step, bits);
  }

  boolean saturates(int d) {
    return d >= dMin && d <= dMax ? saturated[d - dMin] == 1 : Adc.saturates(d, step, bits);
  }
}
