package cimc.map;

import cimc.device.DeviceProfile;
import cimc.hw.CompiledDesign;
import cimc.hw.ConductanceGrid;
import cimc.hw.Placement;

/**
 * A network after mapping and simulated programming: its layout, the as-programmed conductance
 * code of every cell ({@code cellCodes[array][row * cols + col]}) and the programming totals.
 */
public record ProgrammedDesign(QuantizedWeights weights, DeviceProfile profile,
    CompileSettings settings, CellLayout layout, int[][] cellCodes, ProgramStats stats) {

  public ConductanceGrid grid() {
    return profile.grid();
  }

  /**
   * Returns the design as the golden model and RTL see it.
   *
   * @throws cimc.CimcException for the offset mapping, which later stages do not support
   */
  public CompiledDesign toCompiledDesign() {
    if (layout.mapping() != Mapping.DIFFERENTIAL) {
      throw DesignFolder.unsupportedMapping(layout.mapping().label());
    }
    Placement placement = Placement.of(weights.sizes(), settings.rows(), settings.cols());
    return new CompiledDesign(weights.sizes(), weights.bits(), placement, grid(),
        weights.scales(), weights.biases(), cellCodes);
  }
}
