package cimc.map;

import cimc.hw.ConductanceGrid;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes the programming map of one array: {@code array_NNN.csv} with one line per cell, and
 * the {@code $readmemh} files {@code array_NNN_level.hex} (level codes) and
 * {@code array_NNN_cond.hex} (as-programmed conductance codes), each R·C lines row-major with a
 * fixed number of hex digits and a final newline.
 */
final class MapFiles {
  static final String CSV_HEADER = "array,row,column,layer,weight_index,level,target_us,"
      + "window_low_us,window_high_us,predicted_pulses,predicted_final_us,status";

  private final ConductanceGrid grid;
  private final WriteVerify writeVerify;
  private final int cols;
  private final int nameDigits;
  private final int levelDigits;
  private final int codeDigits;

  /** Creates the writer; {@code grid} and {@code writeVerify} may be null to use names only. */
  MapFiles(ConductanceGrid grid, WriteVerify writeVerify, int cols, int arrayCount) {
    this.grid = grid;
    this.writeVerify = writeVerify;
    this.cols = cols;
    this.nameDigits = Math.max(3, Integer.toString(Math.max(0, arrayCount - 1)).length());
    this.levelDigits = grid == null ? 0 : hexDigits(grid.levels() - 1);
    this.codeDigits = grid == null ? 0 : hexDigits(grid.maxCode());
  }

  /** File name stem of an array, {@code array_} and the index with at least 3 digits. */
  String stem(int array) {
    String index = Integer.toString(array);
    return "array_" + "0".repeat(Math.max(0, nameDigits - index.length())) + index;
  }

  void write(ArrayOutcome outcome, Path mapsFolder, FileSink sink) throws IOException {
    String stem = stem(outcome.tile.array());
    try (OutputStream out = sink.open(mapsFolder.resolve(stem + ".csv"))) {
      writeCsv(outcome, out);
    }
    try (OutputStream out = sink.open(mapsFolder.resolve(stem + "_level.hex"))) {
      writeHex(outcome.levels, levelDigits, out);
    }
    try (OutputStream out = sink.open(mapsFolder.resolve(stem + "_cond.hex"))) {
      writeHex(outcome.codes, codeDigits, out);
    }
  }

  private void writeCsv(ArrayOutcome o, OutputStream out) throws IOException {
    TextBuffer line = new TextBuffer();
    line.text(CSV_HEADER).ch('\n');
    for (int cell = 0; cell < o.levels.length; cell++) {
      line.integer(o.tile.array()).ch(',').integer(cell / cols).ch(',').integer(cell % cols)
          .ch(',').integer(o.tile.layer()).ch(',');
      if (o.weightIndex[cell] >= 0) {
        line.integer(o.weightIndex[cell]);
      }
      line.ch(',');
      int level = o.levels[cell];
      if (level < 0) {
        line.text("0,").fixed(grid.gminMicrosiemens(), 3).text(",,,0,,UNUSED\n");
      } else {
        line.integer(level).ch(',').fixed(grid.levelConductance(level), 3).ch(',')
            .fixed(windowLowMicrosiemens(level), 3).ch(',')
            .fixed(windowHighMicrosiemens(level), 3).ch(',').integer(o.pulses[cell]).ch(',')
            .fixed(o.finalMicrosiemens[cell], 3).ch(',').text(o.status[cell].name()).ch('\n');
      }
      line.flushIfOver(out, 1 << 15);
    }
    line.flush(out);
  }

  private static void writeHex(int[] values, int digits, OutputStream out) throws IOException {
    TextBuffer text = new TextBuffer();
    for (int v : values) {
      text.hex(Math.max(v, 0), digits).ch('\n');
    }
    text.flush(out);
  }

  /** Lowest conductance whose read code is inside the window; Gmin for a window at code 0. */
  double windowLowMicrosiemens(int level) {
    int low = writeVerify.windowLow(level);
    return low == 0 ? grid.gminMicrosiemens() : grid.conductance(low) - grid.codeStep() / 2;
  }

  /** Highest conductance whose read code is inside the window; Gmax at the top code. */
  double windowHighMicrosiemens(int level) {
    int high = writeVerify.windowHigh(level);
    return high == grid.maxCode() ? grid.gmaxMicrosiemens()
        : grid.conductance(high) + grid.codeStep() / 2;
  }

  static int hexDigits(int max) {
    int bits = 32 - Integer.numberOfLeadingZeros(Math.max(max, 1));
    return (bits + 3) / 4;
  }
}
