package cimc.hw;

/**
 * A closed range of integers {@code [min, max]} used to derive register widths from exact
 * bounds instead of guessing them.
 */
public record IntRange(long min, long max) {
  public IntRange {
    if (min > max) {
      throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
    }
  }

  /** Two's complement bits needed to hold every value of the range (at least 1). */
  public int signedBits() {
    int bits = 1;
    while (min < -(1L << (bits - 1)) || max > (1L << (bits - 1)) - 1) {
      bits++;
    }
    return bits;
  }

  public boolean contains(long value) {
    return value >= min && value <= max;
  }

  /** Range of {@code a + b} for any a in this range and b in {@code other}. */
  public IntRange plus(IntRange other) {
    return new IntRange(min + other.min, max + other.max);
  }

  /** Range of the sum of {@code count} values of this range. */
  public IntRange times(long count) {
    return new IntRange(min * count, max * count);
  }

  /** Range of {@code a * factor} for a non-negative factor. */
  public IntRange scaled(long factor) {
    if (factor < 0) {
      throw new IllegalArgumentException("factor must be non-negative, got " + factor);
    }
    return new IntRange(min * factor, max * factor);
  }

  public IntRange shifted(long offset) {
    return new IntRange(min + offset, max + offset);
  }
}
