package cimc.golden;

import java.util.SplittableRandom;

/**
 * A seeded stand-in RRAM cell for pulse-response tables: the conductance starts at a random
 * code in [0, 4], a pulse of amplitude code a moves it by {@code a / 8} codes times a factor
 * drawn from N(1, 0.3^2) (at least 0), and a read adds N(0, 0.6^2) codes of noise before
 * rounding and clamping to 0 .. maxCode. Randomness comes only from (seed, array, row, col), so
 * a cell's trace regenerates alone in any order.
 *
 * <p>NOTE: the constants are illustrative, not fitted to a device; they give traces with a few
 * pulses per cell, polarity changes after overshoot and occasional failures.
 */
public final class SimpleCellResponse implements CellResponse {
  private final SplittableRandom random;
  private final int maxCode;
  private double state;

  public SimpleCellResponse(long seed, int array, int row, int col, int maxCode) {
    long mixed = GoldenModel.mix(GoldenModel.mix(GoldenModel.mix(seed, array), row), col);
    this.random = new SplittableRandom(mixed);
    this.maxCode = maxCode;
    this.state = 4 * random.nextDouble();
  }

  @Override
  public int read() {
    double sensed = Math.rint(state + 0.6 * random.nextGaussian());
    return (int) Math.max(0, Math.min(maxCode, sensed));
  }

  @Override
  public void pulse(boolean set, int amplitude) {
    double factor = Math.max(0, 1 + 0.3 * random.nextGaussian());
    double delta = amplitude / 8.0 * factor;
    state = Math.max(0, Math.min(maxCode, state + (set ? delta : -delta)));
  }
}
