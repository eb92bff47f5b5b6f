package cimc.rtl.gen;

/** Bit widths needed to hold exact integer ranges in two's complement or unsigned form. */
public final class Widths {
  private Widths() {}

  /** Signed bits needed for every value in {@code [min, max]}; at least 1. */
  public static int signedBits(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
    }
    int bits = 1;
    while (min < -(1L << (bits - 1)) || max > (1L << (bits - 1)) - 1) {
      bits++;
    }
    return bits;
  }

  /** Unsigned bits needed for every value in {@code [0, max]}; at least 1. */
  public static int unsignedBits(long max) {
    if (max < 0) {
      throw new IllegalArgumentException("unsigned maximum " + max + " is negative");
    }
    return Math.max(1, 64 - Long.numberOfLeadingZeros(max));
  }
}
