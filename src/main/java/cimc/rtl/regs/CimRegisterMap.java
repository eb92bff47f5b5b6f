package cimc.rtl.regs;

import java.util.ArrayList;
import java.util.List;

/**
 * The default register map of the CIM controller: control and status, interrupts, the layer
 * count and per-layer ADC range steps, the write-verify program job FIFO, SET/RESET pulse
 * configuration, program and inference results, and an ID register. Block generators extend
 * it with {@link RegisterMap#with}.
 */
public final class CimRegisterMap {
  /** Value of the ID field: ASCII "CM". */
  public static final int ID = 0x434d;
  public static final int VERSION_MAJOR = 1;
  public static final int VERSION_MINOR = 0;
  /** Width of PADDR; 8 bits cover 64 registers. */
  public static final int ADDRESS_WIDTH = 8;

  private CimRegisterMap() {}

  /**
   * Returns the default map with one ADC range step register per layer.
   *
   * @param maxLayers number of layers the controller can run, 1 to 8
   */
  public static RegisterMap create(int maxLayers) {
    if (maxLayers < 1 || maxLayers > 8) {
      throw new IllegalArgumentException("maximum layer count " + maxLayers
          + " is out of range 1..8");
    }
    List<Register> registers = new ArrayList<>(control());
    for (int layer = 0; layer < maxLayers; layer++) {
      registers.add(Register.of("ADC_STEP_L" + layer, 0x20 + 4 * layer, Access.RW,
          "ADC range step of layer " + layer + ".",
          new Field("step", 11, 0, 1, "Range step code; the ADC full scale is step * 2^bits.")));
    }
    registers.addAll(programming());
    registers.addAll(results());
    return new RegisterMap("cim_regs", "CIM", ADDRESS_WIDTH, registers);
  }

  private static List<Register> control() {
    return List.of(
        Register.of("CTRL", 0x00, Access.RW, "Controller configuration.",
            Field.of("enable", 0, 0, "Enables the controller; 0 holds it idle."),
            Field.of("mode", 2, 1, "Job kind of a start: 0 inference, 1 program, 2 verify.")),
        Register.of("START", 0x04, Access.WO_PUSH, "Starts a job of the kind CTRL.mode sets.",
            Field.of("start", 0, 0, "Write 1 to start.")),
        Register.of("STATUS", 0x08, Access.RO, "Controller state.",
            Field.of("busy", 0, 0, "A job is running."),
            Field.of("done", 1, 1, "The last job finished."),
            Field.of("fifo_full", 2, 2, "The program job FIFO is full."),
            Field.of("fifo_empty", 3, 3, "The program job FIFO is empty.")),
        Register.of("IRQ_ENABLE", 0x0c, Access.RW, "Interrupt enables.",
            Field.of("done", 0, 0, "Raise the interrupt when a job finishes."),
            Field.of("error", 1, 1, "Raise the interrupt when a cell fails to program.")),
        Register.of("IRQ_STATUS", 0x10, Access.W1C, "Pending interrupts; write 1 to clear.",
            Field.of("done", 0, 0, "A job finished."),
            Field.of("error", 1, 1, "A cell failed to program.")),
        Register.of("LAYER_COUNT", 0x14, Access.RW, "Number of layers an inference runs.",
            new Field("count", 3, 0, 1, "Layer count, 1 to the configured maximum.")));
  }

  private static List<Register> programming() {
    return List.of(
        Register.of("PROG_ADDR", 0x40, Access.WO_PUSH, "Cell address of the next program job.",
            Field.of("col", 5, 0, "Column in the tile, 0 to 47."),
            Field.of("row", 11, 6, "Row in the tile, 0 to 47."),
            Field.of("tile", 19, 12, "Tile index.")),
        Register.of("PROG_WINDOW", 0x44, Access.WO_PUSH, "Verify window of the next job.",
            Field.of("low", 7, 0, "Lowest accepted read code."),
            Field.of("high", 15, 8, "Highest accepted read code.")),
        Register.of("PROG_JOB", 0x48, Access.WO_PUSH,
            "Kind of the next job; writing it commits the job to the FIFO.",
            Field.of("polarity", 0, 0, "Device of the differential pair: 0 positive, 1 negative."),
            Field.of("kind", 2, 1, "0 SET, 1 RESET, 2 read-verify only.")),
        pulse("PULSE_SET", 0x50, "SET"),
        pulse("PULSE_RESET", 0x54, "RESET"),
        Register.of("PULSE_TIMING", 0x58, Access.RW, "Pulse width and per-cell budget.",
            new Field("width", 7, 0, 10, "Pulse width in clock cycles."),
            new Field("budget", 15, 8, 32, "Maximum pulses per cell before it counts as failed.")));
  }

  private static Register pulse(String name, int offset, String kind) {
    return Register.of(name, offset, Access.RW, kind + " pulse amplitude ramp.",
        Field.of("start", 7, 0, "Start amplitude code."),
        new Field("step", 15, 8, 1, "Amplitude increment code per retry."),
        new Field("max", 23, 16, 255, "Maximum amplitude code."));
  }

  private static List<Register> results() {
    return List.of(
        Register.of("PROG_PULSES", 0x60, Access.RO, "Pulses used by the last program run.",
            Field.of("count", 31, 0, "Pulse count, saturating at 2^32-1.")),
        Register.of("PROG_FAILED", 0x64, Access.RO, "Cells outside the window after budget.",
            Field.of("count", 15, 0, "Failed cell count, saturating at 65535.")),
        Register.of("RESULT", 0x68, Access.RO, "Inference result.",
            Field.of("class_id", 3, 0, "Predicted class, 0 to 9."),
            Field.of("valid", 31, 31, "The class belongs to a finished inference.")),
        Register.of("ID", 0xfc, Access.CONST, "Block identification.",
            new Field("minor", 7, 0, VERSION_MINOR, "Minor version."),
            new Field("major", 15, 8, VERSION_MAJOR, "Major version."),
            new Field("id", 31, 16, ID, "Block ID, ASCII CM.")));
  }
}
