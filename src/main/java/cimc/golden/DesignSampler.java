package cimc.golden;

import cimc.hw.CompiledDesign;

/** Draws one Monte Carlo realisation of a design's as-programmed conductance codes. */
@FunctionalInterface
public interface DesignSampler {
  /**
   * Returns draw number {@code draw} (0-based) of {@code nominal}; the same draw number gives
   * the same design.
   */
  CompiledDesign sample(CompiledDesign nominal, int draw);
}
