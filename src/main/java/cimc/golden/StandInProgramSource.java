package cimc.golden;

import cimc.hw.CompiledDesign;
import cimc.hw.HardwareSpec;
import cimc.hw.PulseConfig;

/**
 * Write-verify tables for a design without a device model, such as a quantized model mapped
 * ideally by {@code cimc vectors --model}: the level of a cell is its code divided by the
 * substeps, rounded and clamped, and the cell responds as a {@link SimpleCellResponse} under
 * the spec's pulse settings. A compiled design folder uses {@code cimc.map.FolderProgramSource}
 * instead, which replays the device model that programmed it.
 *
 * <p>NOTE: the level is recovered from the conductance code because {@link CompiledDesign}
 * stores codes, not levels; a code more than K/2 away from its target gives a neighbouring
 * level.
 */
public final class StandInProgramSource implements ProgramSource {
  private final CompiledDesign design;
  private final HardwareSpec spec;
  private final long seed;

  public StandInProgramSource(CompiledDesign design, HardwareSpec spec, long seed) {
    this.design = design;
    this.spec = spec;
    this.seed = seed;
  }

  @Override
  public PulseConfig pulses() {
    return spec.pulses();
  }

  @Override
  public int level(int array, int row, int col) {
    int code = design.cellCodes(array)[row * spec.cols() + col];
    int level = (int) Math.rint((double) code / spec.substeps());
    return Math.max(0, Math.min(spec.levels() - 1, level));
  }

  @Override
  public PulseTrace trace(int array, int row, int col, int level) {
    ProgramJob job = WriteVerify.job(array, row, col, level, spec.substeps(), spec.maxCode(),
        spec.pulses().tolerance());
    CellResponse cell = new SimpleCellResponse(seed, array, row, col, spec.maxCode());
    return WriteVerify.run(job, cell, spec.pulses());
  }
}
