package cimc.study;

import cimc.nn.TrainingConfig;
import java.util.List;

/**
 * Default settings of {@code cimc sweep}, chosen so that the default run on the shipped MNIST
 * shows the effect of σ-clipping under device variation (docs/sweep.md has the measured
 * table).
 */
public final class SweepDefaults {
  /** Clipping widths in standard deviations, comma-separated, {@code none} for no clipping. */
  public static final String Z = "1.5,1.75,2,2.25,2.5,3,3.5,4,none";
  public static final String BITS = "4";
  /** Window-Gaussian programming sigmas, as fractions of Gmax − Gmin. */
  public static final String SIGMA = "0,0.1,0.16";
  public static final List<Integer> HIDDEN = List.of(512, 256);
  public static final int MODELS = 5;
  public static final int DRAWS = 10;

  private SweepDefaults() {}

  /** Returns the training settings of the default sweep models, starting at seed 1. */
  public static TrainingConfig training(int threads) {
    return TrainingConfig.defaults().withHiddenSizes(HIDDEN).withThreads(threads);
  }
}
