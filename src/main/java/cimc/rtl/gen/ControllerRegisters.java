package cimc.rtl.gen;

import cimc.hw.PulseConfig;
import cimc.rtl.regs.Access;
import cimc.rtl.regs.CimRegisterMap;
import cimc.rtl.regs.Field;
import cimc.rtl.regs.Register;
import cimc.rtl.regs.RegisterMap;
import java.util.List;

/**
 * The APB register map of {@code cim_top}, with field widths sized for one design and the
 * pulse configuration reset to the design's write-verify settings. CTRL,
 * INPUT_ADDR, INPUT_DATA and JOB_PUSH are write strobes (a write acts once, reads return 0);
 * INPUT_ADDR sets the word pointer that each INPUT_DATA write advances.
 */
public final class ControllerRegisters {
  /** Width of PADDR. */
  public static final int ADDRESS_WIDTH = 12;
  private ControllerRegisters() {}

  public static RegisterMap create(RtlParams p) {
    int classBits = Widths.unsignedBits(p.outputs() - 1);
    int pointerBits = InferModule.pointerBits(p);
    int code = p.codeBits();
    int amp = p.ampBits();
    PulseConfig c = p.pulses();
    return new RegisterMap("cim_regs", "CIM", ADDRESS_WIDTH, List.of(
        Register.of("CTRL", 0x000, Access.WO_PUSH, "Run control; each bit acts once per write.",
            Field.of("start_infer", 0, 0, "Write 1 to start an inference."),
            Field.of("start_prog", 1, 1, "Write 1 to start programming the queued jobs."),
            Field.of("clear", 2, 2, "Write 1 to stop both sequencers and clear the job FIFO.")),
        Register.of("STATUS", 0x004, Access.RO, "Sequencer state.",
            Field.of("busy", 0, 0, "An inference or a program run is in progress."),
            Field.of("done", 1, 1, "The last run finished; cleared by the next start."),
            Field.of("infer_busy", 2, 2, "An inference is in progress."),
            Field.of("prog_busy", 3, 3, "A program run is in progress."),
            Field.of("fifo_full", 4, 4, "The job FIFO is full; a push is dropped."),
            Field.of("fifo_empty", 5, 5, "The job FIFO is empty.")),
        Register.of("IRQ_STATUS", 0x008, Access.W1C, "Pending interrupts; write 1 to clear.",
            Field.of("infer_done", 0, 0, "An inference finished."),
            Field.of("prog_done", 1, 1, "A program run finished.")),
        Register.of("IRQ_ENABLE", 0x00c, Access.RW, "Interrupt enables.",
            Field.of("infer_done", 0, 0, "Raise irq_o when an inference finishes."),
            Field.of("prog_done", 1, 1, "Raise irq_o when a program run finishes.")),
        Register.of("INPUT_ADDR", 0x010, Access.WO_PUSH, "Sets the input-buffer word pointer.",
            Field.of("word", pointerBits - 1, 0, "Word index; word w holds inputs 32w..32w+31.")),
        Register.of("INPUT_DATA", 0x014, Access.WO_PUSH,
            "Writes 32 input bits at the pointer, then advances it.",
            Field.of("bits", 31, 0, "Bit b is input 32w + b, 1 for a set pixel.")),
        Register.of("RESULT", 0x018, Access.RO, "Inference result.",
            Field.of("class_id", classBits - 1, 0, "Predicted class, lowest index on ties."),
            Field.of("valid", 31, 31, "The class belongs to a finished inference.")),
        Register.of("JOB_ADDR", 0x01c, Access.RW, "Cell of the next program job.",
            Field.of("col", p.colBits() - 1, 0, "Column in the array."),
            Field.of("row", 8 + p.rowBits() - 1, 8, "Row in the array."),
            Field.of("array", 16 + p.arrayBits() - 1, 16, "Physical array index.")),
        Register.of("JOB_WINDOW", 0x020, Access.RW, "Verify window of the next job, inclusive.",
            Field.of("lo", code - 1, 0, "Lowest accepted conductance code."),
            Field.of("hi", 8 + code - 1, 8, "Highest accepted conductance code.")),
        Register.of("JOB_PUSH", 0x024, Access.WO_PUSH,
            "Pushes JOB_ADDR and JOB_WINDOW into the job FIFO.",
            Field.of("go", 0, 0, "Any write pushes one job; the value is ignored.")),
        Register.of("PULSE_CFG_AMP", 0x028, Access.RW, "Pulse amplitude ramp, in DAC codes.",
            new Field("set_start", amp - 1, 0, c.setStart(), "First SET amplitude."),
            new Field("reset_start", 8 + amp - 1, 8, c.resetStart(), "First RESET amplitude."),
            new Field("step", 16 + amp - 1, 16, c.ampStep(), "Increment while the polarity "
                + "repeats."),
            new Field("max", 24 + amp - 1, 24, c.ampMax(), "Largest amplitude of the ramp.")),
        Register.of("PULSE_CFG_TIME", 0x02c, Access.RW, "Pulse width and per-cell budget.",
            new Field("width", 15, 0, c.widthCycles(), "Pulse width in clock cycles; 0 acts as 1."),
            new Field("budget", 31, 16, c.budget(), "Pulses per cell before it fails.")),
        Register.of("PROG_PULSES", 0x030, Access.RO, "Pulses applied in the current run.",
            Field.of("count", 31, 0, "Pulse count, wrapping at 2^32.")),
        Register.of("PROG_FAILS", 0x034, Access.RO, "Cells that ended outside their window.",
            Field.of("count", 31, 0, "Failed cell count of the current run.")),
        Register.of("ID", 0x0fc, Access.CONST, "Block identification.",
            new Field("minor", 7, 0, CimRegisterMap.VERSION_MINOR, "Minor version."),
            new Field("major", 15, 8, CimRegisterMap.VERSION_MAJOR, "Major version."),
            new Field("id", 31, 16, CimRegisterMap.ID, "Block ID, ASCII CM."))));
  }
}
