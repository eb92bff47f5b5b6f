package cimc.study;

import java.util.SplittableRandom;

/**
 * Draws the conductance of one cell in units of ΔG above Gmin, so that level k with no
 * deviation is exactly k and the window is [0, L − 1].
 */
final class CellSampler {
  private final VariationModel.Deviation deviation;
  private final double sigma;
  private final double readSigma;
  private final double stuckMin;
  private final double stuckAny;
  private final double top;
  private final double gMinInSteps;

  CellSampler(VariationModel model, int top) {
    this.deviation = model.deviation();
    this.sigma = model.sigma();
    this.top = top;
    this.readSigma = model.readSigma() * top;
    this.stuckMin = model.stuckAtMinRate();
    this.stuckAny = model.stuckAtMinRate() + model.stuckAtMaxRate();
    this.gMinInSteps = model.gMin() / ((model.gMax() - model.gMin()) / top);
  }

  /** Returns the realised conductance of a cell programmed to {@code level}, in ΔG units. */
  double sample(int level, SplittableRandom random) {
    double g = programmed(level, random);
    if (readSigma > 0) {
      g += readSigma * random.nextGaussian();
    }
    return g;
  }

  private double programmed(int level, SplittableRandom random) {
    if (stuckAny > 0) {
      double u = random.nextDouble();
      if (u < stuckMin) {
        return 0;
      }
      if (u < stuckAny) {
        return top;
      }
    }
    if (sigma == 0) {
      return level;
    }
    double n = random.nextGaussian();
    double g;
    switch (deviation) {
      case WINDOW:
        g = level + sigma * top * n;
        break;
      case RELATIVE:
        g = level + sigma * (gMinInSteps + level) * n;
        break;
      default:
        // G·exp(σn) − Gmin in steps, written with expm1 so that σn = 0 gives the level exactly.
        g = level + (gMinInSteps + level) * Math.expm1(sigma * n);
        break;
    }
    return Math.min(Math.max(g, 0), top);
  }
}
