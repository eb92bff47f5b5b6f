package cimc.map;

/**
 * Result of write-verify programming of one cell.
 *
 * @param pulses pulses applied, 0 up to the pulse budget
 * @param lastRead conductance code of the last verify read
 * @param verifyPassed whether the last read was inside the verify window (the controller's view)
 * @param finalMicrosiemens true conductance after the last pulse
 * @param code as-programmed conductance code, {@code grid.code(finalMicrosiemens)}
 */
public record CellResult(int pulses, int lastRead, boolean verifyPassed, boolean stuck,
    double finalMicrosiemens, int code) {

  public CellStatus status() {
    if (stuck) {
      return CellStatus.STUCK;
    }
    return verifyPassed ? CellStatus.PASS : CellStatus.FAIL;
  }
}
