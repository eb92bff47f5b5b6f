package cimc.verify;

import cimc.device.DeviceProfile;
import cimc.golden.ProgramSource;
import cimc.golden.PulseTrace;
import cimc.hw.CompiledDesign;
import cimc.hw.ConductanceGrid;
import cimc.hw.PulseConfig;
import cimc.map.FolderProgramSource;
import cimc.map.WriteVerify;

/**
 * Pulse-response tables of a device profile for a design that has no compiled folder. The
 * level of a cell is its code divided by the substeps, rounded and clamped. Its trace is the
 * compiler's write-verify simulation of that level, stuck cells included.
 */
final class DeviceProgramSource implements ProgramSource {
  private final CompiledDesign design;
  private final WriteVerify writeVerify;
  private final PulseConfig pulses;

  DeviceProgramSource(CompiledDesign design, DeviceProfile profile, long seed) {
    this.design = design;
    this.writeVerify = new WriteVerify(profile, seed);
    this.pulses = FolderProgramSource.pulseConfig(profile);
  }

  @Override
  public PulseConfig pulses() {
    return pulses;
  }

  @Override
  public int level(int array, int row, int col) {
    ConductanceGrid grid = design.grid();
    int code = design.cellCodes(array)[row * design.cols() + col];
    int level = (int) Math.rint((double) code / grid.substeps());
    return Math.max(0, Math.min(grid.levels() - 1, level));
  }

  @Override
  public PulseTrace trace(int array, int row, int col, int level) {
    return FolderProgramSource.pulseTrace(writeVerify.trace(array, row, col, level));
  }
}
