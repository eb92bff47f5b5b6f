package cimc.hw;

/**
 * The integer conductance scale shared by the maps, the golden model and the RTL.
 *
 * <p>A cell has {@code levels} nominal conductances {@code Gmin + k * levelStep} for
 * {@code k = 0 .. levels - 1}, with {@code levelStep = (Gmax - Gmin) / (levels - 1)} in
 * microsiemens. A conductance code counts steps of {@code levelStep / substeps} above Gmin, so
 * level {@code k} has the target code {@code k * substeps} and the code range is
 * {@code 0 .. (levels - 1) * substeps}. Conductances outside the window clamp to the ends.
 */
public record ConductanceGrid(double gminMicrosiemens, double gmaxMicrosiemens, int levels,
    int substeps) {
  public ConductanceGrid {
    if (!(gminMicrosiemens >= 0) || !(gmaxMicrosiemens > gminMicrosiemens)
        || Double.isInfinite(gmaxMicrosiemens)) {
      throw new IllegalArgumentException("need 0 <= Gmin < Gmax (uS), got Gmin "
          + gminMicrosiemens + " and Gmax " + gmaxMicrosiemens);
    }
    if (levels < 2) {
      throw new IllegalArgumentException("a cell needs at least 2 levels, got " + levels);
    }
    if (substeps < 1) {
      throw new IllegalArgumentException("substeps per level must be at least 1, got "
          + substeps);
    }
  }

  /** Conductance between adjacent levels, in microsiemens. */
  public double levelStep() {
    return (gmaxMicrosiemens - gminMicrosiemens) / (levels - 1);
  }

  /** Conductance of one code step, in microsiemens. */
  public double codeStep() {
    return levelStep() / substeps;
  }

  public int maxCode() {
    return (levels - 1) * substeps;
  }

  public int targetCode(int level) {
    if (level < 0 || level >= levels) {
      throw new IllegalArgumentException("level " + level + " is outside 0.." + (levels - 1));
    }
    return level * substeps;
  }

  /** Nominal conductance of a level, in microsiemens. */
  public double levelConductance(int level) {
    return gminMicrosiemens + targetCode(level) * codeStep();
  }

  /** Converts a conductance to its code: round half to even, clamped to {@code 0..maxCode()}. */
  public int code(double microsiemens) {
    double steps = Math.rint((microsiemens - gminMicrosiemens) / codeStep());
    if (steps <= 0) {
      return 0;
    }
    return (int) Math.min(steps, maxCode());
  }

  /** Conductance of a code, in microsiemens. */
  public double conductance(int code) {
    return gminMicrosiemens + code * codeStep();
  }
}
