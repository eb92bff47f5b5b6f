package cimc.hw;

import java.util.Arrays;

/**
 * A quantized network as it sits on the crossbars: the placement of its tiles, the conductance
 * grid, and for each physical array the as-programmed conductance code of every cell.
 *
 * <p>{@code cellCodes(array)} is row-major, {@code [row * cols + col]}, in units of
 * {@link ConductanceGrid#codeStep()}; padded rows and columns hold code 0 and are never driven.
 * Layer {@code l}'s real weight for code {@code q} is {@code q * weightScale(l)}, and its biases
 * are real numbers added digitally after the array.
 */
public final class CompiledDesign {
  private final int[] sizes;
  private final int weightBits;
  private final Placement placement;
  private final ConductanceGrid grid;
  private final double[] weightScales;
  private final float[][] biases;
  private final int[][] cellCodes;

  public CompiledDesign(int[] sizes, int weightBits, Placement placement, ConductanceGrid grid,
      double[] weightScales, float[][] biases, int[][] cellCodes) {
    if (placement.layers().size() != sizes.length - 1) {
      throw new IllegalArgumentException("placement has " + placement.layers().size()
          + " layers, sizes give " + (sizes.length - 1));
    }
    if (cellCodes.length != placement.arrayCount()) {
      throw new IllegalArgumentException("expected " + placement.arrayCount()
          + " arrays of cell codes, got " + cellCodes.length);
    }
    int cells = placement.layer(0).rows() * placement.layer(0).cols();
    for (int a = 0; a < cellCodes.length; a++) {
      if (cellCodes[a].length != cells) {
        throw new IllegalArgumentException("array " + a + " has " + cellCodes[a].length
            + " cells, expected " + cells);
      }
    }
    this.sizes = sizes.clone();
    this.weightBits = weightBits;
    this.placement = placement;
    this.grid = grid;
    this.weightScales = weightScales.clone();
    this.biases = biases;
    this.cellCodes = cellCodes;
  }

  public int[] sizes() {
    return sizes.clone();
  }

  public int layerCount() {
    return sizes.length - 1;
  }

  public int weightBits() {
    return weightBits;
  }

  public Placement placement() {
    return placement;
  }

  public ConductanceGrid grid() {
    return grid;
  }

  public int rows() {
    return placement.layer(0).rows();
  }

  public int cols() {
    return placement.layer(0).cols();
  }

  public double weightScale(int layer) {
    return weightScales[layer];
  }

  public float[] biases(int layer) {
    return biases[layer];
  }

  /** Cell codes of one physical array, row-major; the returned array is shared, not copied. */
  public int[] cellCodes(int array) {
    return cellCodes[array];
  }

  /**
   * Builds the design that an ideal device would give: every cell exactly at its level's target
   * code. Useful as a reference and for tests; real designs come from the programming maps.
   */
  public static CompiledDesign ideal(int[] sizes, int weightBits, byte[][] codes,
      double[] weightScales, float[][] biases, int rows, int cols, ConductanceGrid grid) {
    Placement placement = Placement.of(sizes, rows, cols);
    int[][] cells = new int[placement.arrayCount()][rows * cols];
    for (LayerTiling t : placement.layers()) {
      byte[] layerCodes = codes[t.layer()];
      for (int o = 0; o < t.outputs(); o++) {
        int colTile = o / t.pairs();
        int pairColumn = 2 * (o % t.pairs());
        for (int i = 0; i < t.inputs(); i++) {
          int q = layerCodes[o * t.inputs() + i];
          int[] array = cells[t.array(i / rows, colTile)];
          int base = (i % rows) * cols + pairColumn;
          array[base] = grid.targetCode(Math.max(q, 0));
          array[base + 1] = grid.targetCode(Math.max(-q, 0));
        }
      }
    }
    return new CompiledDesign(sizes, weightBits, placement, grid, weightScales, biases, cells);
  }

  @Override
  public String toString() {
    return "CompiledDesign" + Arrays.toString(sizes) + " on " + placement.arrayCount() + " arrays";
  }
}
