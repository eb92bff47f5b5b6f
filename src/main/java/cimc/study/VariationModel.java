package cimc.study;

import cimc.CimcException;
import cimc.nn.Mlp;
import cimc.quant.QuantizedModel;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Device variation of an RRAM crossbar, used to realise a quantized network with programming
 * errors in Monte Carlo studies.
 *
 * <p>Each weight code q is stored as a differential pair of cells with L conductance levels from
 * Gmin to Gmax: G+ = Gmin + max(q, 0)·ΔG and G− = Gmin + max(−q, 0)·ΔG, with
 * ΔG = (Gmax − Gmin) / (L − 1). Each cell then independently
 *
 * <ol>
 *   <li>is stuck at Gmin with probability {@code stuckAtMinRate}, or stuck at Gmax with
 *       probability {@code stuckAtMaxRate}; otherwise
 *   <li>gets a programming deviation drawn from {@link Deviation} with parameter
 *       {@code sigma}, and is clamped to [Gmin, Gmax];
 *   <li>gets a read deviation, Gaussian with standard deviation {@code readSigma × (Gmax − Gmin)},
 *       which is not clamped. It is drawn once per cell and realisation, so it models a fixed
 *       read error rather than noise that changes from one inference to the next.
 * </ol>
 *
 * <p>The realised weight is (G+ − G−) / ΔG × scale. It is computed in units of ΔG above Gmin, so
 * that with no deviation it equals {@code (float) (q × scale)} exactly.
 *
 * <p>The defaults Gmin = 1 µS and Gmax = 100 µS are assumptions of a typical filamentary RRAM
 * window, not measured values; only the ratio Gmin/ΔG matters, and only to the relative and
 * log-normal deviations.
 *
 * @param gMin lowest conductance in µS, finite and ≥ 0
 * @param gMax highest conductance in µS, finite and greater than {@code gMin}
 * @param levels conductance levels per cell, 2 to 65,536, or 0 for 2^(bits−1) of the model
 * @param deviation distribution of the programming deviation
 * @param sigma programming deviation parameter, finite and ≥ 0; its meaning depends on
 *     {@code deviation}
 * @param readSigma read deviation as a fraction of the window Gmax − Gmin, finite and ≥ 0
 * @param stuckAtMinRate probability that a cell is stuck at Gmin, 0 to 1
 * @param stuckAtMaxRate probability that a cell is stuck at Gmax, 0 to 1; the two rates sum to at
 *     most 1
 */
public record VariationModel(double gMin, double gMax, int levels, Deviation deviation,
    double sigma, double readSigma, double stuckAtMinRate, double stuckAtMaxRate) {
  public static final double DEFAULT_G_MIN = 1;
  public static final double DEFAULT_G_MAX = 100;
  private static final int MAX_LEVELS = 1 << 16;

  /** Distribution of the programming deviation of one cell with target conductance G. */
  public enum Deviation {
    /** G + N(0, (sigma × (Gmax − Gmin))²): the same absolute spread at every level. */
    WINDOW,
    /** G × (1 + N(0, sigma²)): spread proportional to the target conductance. */
    RELATIVE,
    /** G × exp(N(0, sigma²)): log-normal, sigma is the standard deviation of ln G. */
    LOG_NORMAL;

    /** Parses {@code window}, {@code relative} or {@code lognormal}, in any case. */
    public static Deviation parse(String text) {
      switch (text.trim().toLowerCase(Locale.ROOT)) {
        case "window":
          return WINDOW;
        case "relative":
          return RELATIVE;
        case "lognormal":
        case "log-normal":
          return LOG_NORMAL;
        default:
          throw new CimcException("invalid deviation '" + text
              + "': expected window, relative or lognormal");
      }
    }

    public String label() {
      return this == LOG_NORMAL ? "lognormal" : name().toLowerCase(Locale.ROOT);
    }
  }

  public VariationModel {
    if (!Double.isFinite(gMin) || !Double.isFinite(gMax) || gMin < 0 || gMin >= gMax) {
      throw new CimcException("invalid conductance window Gmin " + gMin + " uS, Gmax " + gMax
          + " uS: expected finite values with 0 <= Gmin < Gmax; raise Gmax or lower Gmin");
    }
    if (levels != 0 && (levels < 2 || levels > MAX_LEVELS)) {
      throw new CimcException("invalid level count " + levels + ": expected 2 to " + MAX_LEVELS
          + ", or 0 for 2^(bits-1)");
    }
    checkNonNegative("programming sigma", sigma);
    checkNonNegative("read sigma", readSigma);
    checkRate("stuck-at-Gmin rate", stuckAtMinRate);
    checkRate("stuck-at-Gmax rate", stuckAtMaxRate);
    if (stuckAtMinRate + stuckAtMaxRate > 1) {
      throw new CimcException("stuck-at rates " + stuckAtMinRate + " + " + stuckAtMaxRate
          + " exceed 1; lower one of them");
    }
  }

  /** No deviation: realised weights equal the quantized weights. */
  public static VariationModel ideal() {
    return gaussianWindow(0);
  }

  /** Window Gaussian deviation {@code sigma} with the default window and levels. */
  public static VariationModel gaussianWindow(double sigma) {
    return new VariationModel(DEFAULT_G_MIN, DEFAULT_G_MAX, 0, Deviation.WINDOW, sigma, 0, 0, 0);
  }

  public VariationModel withSigma(double newSigma) {
    return new VariationModel(gMin, gMax, levels, deviation, newSigma, readSigma,
        stuckAtMinRate, stuckAtMaxRate);
  }

  /** Returns the level count used for a {@code bits}-bit model. */
  public int levelsFor(int bits) {
    int needed = 1 << (bits - 1);
    if (levels == 0) {
      return needed;
    }
    if (levels < needed) {
      throw new CimcException("level count " + levels + " is too small for " + bits
          + "-bit codes: a cell must store up to " + (needed - 1) + " steps, so use at least "
          + needed + " levels");
    }
    return levels;
  }

  /** Returns ΔG in µS for a {@code bits}-bit model. */
  public double levelStep(int bits) {
    return (gMax - gMin) / (levelsFor(bits) - 1);
  }

  private static void checkNonNegative(String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new CimcException("invalid " + name + " " + value
          + ": expected a finite number >= 0");
    }
  }

  private static void checkRate(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new CimcException("invalid " + name + " " + value + ": expected a rate from 0 to 1");
    }
  }

  /**
   * Realises every layer of {@code model} as a float network, drawing all cells from
   * {@code random} in layer, weight, G+ then G− order.
   */
  public Mlp realize(QuantizedModel model, SplittableRandom random) {
    int layers = model.layerCount();
    float[][] weights = new float[layers][];
    float[][] biases = new float[layers][];
    for (int l = 0; l < layers; l++) {
      weights[l] = realizeLayer(model, l, random);
      biases[l] = model.biases(l);
    }
    return new Mlp(model.sizes(), weights, biases);
  }

  /** Realises the weights of one layer, row-major by output like {@link Mlp#weights}. */
  public float[] realizeLayer(QuantizedModel model, int layer, SplittableRandom random) {
    byte[] codes = model.codes(layer);
    double scale = model.scale(layer);
    CellSampler cells = new CellSampler(this, levelsFor(model.bits()) - 1);
    float[] weights = new float[codes.length];
    for (int k = 0; k < codes.length; k++) {
      int q = codes[k];
      double plus = cells.sample(Math.max(q, 0), random);
      double minus = cells.sample(Math.max(-q, 0), random);
      weights[k] = (float) ((plus - minus) * scale);
    }
    return weights;
  }

  /**
   * Returns the seed of the random stream of one Monte Carlo draw, a hash of all indices, so
   * that every draw has its own stream whatever the order or thread it runs on.
   */
  public static long streamSeed(long seed, int model, int zIndex, int bits, int variation,
      int draw) {
    long h = mix(seed ^ 0x632BE59BD9B4E019L);
    for (long index : new long[] {model, zIndex, bits, variation, draw}) {
      h = mix(h + 0x9E3779B97F4A7C15L + index);
    }
    return h;
  }

  /** SplitMix64 finalizer. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
