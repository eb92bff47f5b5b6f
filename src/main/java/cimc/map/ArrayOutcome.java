package cimc.map;

/**
 * Programming result of every cell of one array, row-major {@code [row * cols + col]}. Unused
 * cells have level -1, status {@link CellStatus#UNUSED}, 0 pulses and code 0.
 */
final class ArrayOutcome {
  final Tile tile;
  final int[] levels;
  final int[] weightIndex;
  final int[] pulses;
  final CellStatus[] status;
  final double[] finalMicrosiemens;
  final int[] codes;

  ArrayOutcome(Tile tile, int cells) {
    this.tile = tile;
    levels = new int[cells];
    weightIndex = new int[cells];
    pulses = new int[cells];
    status = new CellStatus[cells];
    finalMicrosiemens = new double[cells];
    codes = new int[cells];
  }

  static ArrayOutcome program(CellLayout layout, byte[][] weightCodes, WriteVerify writeVerify,
      int array) {
    int cols = layout.cols();
    ArrayOutcome out = new ArrayOutcome(layout.tile(array), layout.rows() * cols);
    layout.fill(array, weightCodes, out.levels, out.weightIndex);
    for (int cell = 0; cell < out.levels.length; cell++) {
      int level = out.levels[cell];
      if (level < 0) {
        out.status[cell] = CellStatus.UNUSED;
        continue;
      }
      CellResult r = writeVerify.program(array, cell / cols, cell % cols, level);
      out.pulses[cell] = r.pulses();
      out.status[cell] = r.status();
      out.finalMicrosiemens[cell] = r.finalMicrosiemens();
      out.codes[cell] = r.code();
    }
    return out;
  }
}
