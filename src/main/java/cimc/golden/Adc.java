package cimc.golden;

/**
 * The signed B-bit ADC that converts one column-pair difference D (conductance codes) with
 * step s (conductance codes per ADC code).
 *
 * <p>Transfer function: {@code k = clamp(floor((2D + s) / (2s)), -H, H - 1)} with
 * {@code H = 2^(B-1)}, that is D/s rounded half up, saturating at both ends. A successive
 * approximation converter produces exactly this code: {@link #sar} builds the offset-binary code
 * {@code u = k + H} from the most significant bit down, keeping each trial bit for which
 * {@link #comparator} returns true.
 */
public final class Adc {
  private Adc() {}

  /** Converts with the closed formula. */
  public static int convert(long d, int step, int bits) {
    long half = 1L << (bits - 1);
    long k = Math.floorDiv(2 * d + step, 2L * step);
    return (int) Math.max(-half, Math.min(half - 1, k));
  }

  /** True when the closed formula had to clamp, that is the conversion saturated. */
  public static boolean saturates(long d, int step, int bits) {
    long half = 1L << (bits - 1);
    long k = Math.floorDiv(2 * d + step, 2L * step);
    return k < -half || k > half - 1;
  }

  /**
   * The comparator output for trial code {@code dac} (offset binary, 0 .. 2^B - 1): true when
   * D is at or above the lower decision threshold of signed code {@code dac - H}, that is
   * {@code 2D >= (2(dac - H) - 1) * s}.
   */
  public static boolean comparator(long d, int step, int bits, int dac) {
    long half = 1L << (bits - 1);
    return 2 * d >= (2 * (dac - half) - 1) * step;
  }

  /** Converts bit by bit as a SAR converter does and returns the signed code {@code u - H}. */
  public static int sar(long d, int step, int bits) {
    int u = 0;
    for (int bit = bits - 1; bit >= 0; bit--) {
      int trial = u | (1 << bit);
      if (comparator(d, step, bits, trial)) {
        u = trial;
      }
    }
    return u - (1 << (bits - 1));
  }
}
