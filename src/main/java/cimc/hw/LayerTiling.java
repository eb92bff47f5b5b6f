package cimc.hw;

/**
 * How one weight layer is cut into crossbar tiles and placed on physical arrays.
 *
 * <p>Each output neuron takes a differential pair of adjacent columns (G+ on the even column,
 * G- on the odd one), so a layer with {@code outputs} neurons needs {@code 2 * outputs} columns.
 * Row tile {@code rt} contains inputs {@code rt * rows} up to {@code rt * rows + rows - 1}.
 * Column tile {@code ct} contains outputs {@code ct * pairs} onwards, where
 * {@code pairs = cols / 2}.
 * Arrays are numbered column tile first, then row tile, so that the row tiles whose partial sums
 * add up are consecutive: {@code array = firstArray + ct * rowTiles + rt}.
 */
public record LayerTiling(int layer, int inputs, int outputs, int rows, int cols, int firstArray) {
  public LayerTiling {
    if (rows <= 0 || cols <= 0) {
      throw new IllegalArgumentException("array size must be positive, got " + rows + "x" + cols);
    }
    if (cols % 2 != 0) {
      throw new IllegalArgumentException("differential mapping needs an even column count, got "
          + cols);
    }
    if (inputs <= 0 || outputs <= 0) {
      throw new IllegalArgumentException("layer " + layer + " must have inputs and outputs, got "
          + inputs + " and " + outputs);
    }
  }

  /** Differential column pairs per array, one output neuron each. */
  public int pairs() {
    return cols / 2;
  }

  public int rowTiles() {
    return (inputs + rows - 1) / rows;
  }

  public int colTiles() {
    return (2 * outputs + cols - 1) / cols;
  }

  public int arrayCount() {
    return rowTiles() * colTiles();
  }

  /** Returns the index of the physical array that contains the given tile. */
  public int array(int rowTile, int colTile) {
    return firstArray + colTile * rowTiles() + rowTile;
  }

  /** Number of inputs (driven rows) in a row tile; the last tile may be partly padded. */
  public int rowsUsed(int rowTile) {
    return Math.min(rows, inputs - rowTile * rows);
  }

  /** Number of output neurons (column pairs) in a column tile. */
  public int pairsUsed(int colTile) {
    return Math.min(pairs(), outputs - colTile * pairs());
  }
}
