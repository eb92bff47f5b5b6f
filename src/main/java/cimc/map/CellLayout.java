package cimc.map;

import cimc.CimcException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Placement of every weight of a network on crossbar cells, for either mapping.
 *
 * <p>Tiles are numbered as {@link cimc.hw.Placement} numbers them: per layer, column tile
 * major, {@code array = firstArray + colTile * rowTiles + rowTile}. Input {@code i} sits on row
 * {@code i % rows} of row tile {@code i / rows}. With the differential mapping output {@code o}
 * sits on column pair {@code o % (cols / 2)} of column tile {@code o / (cols / 2)}; with the
 * offset mapping on column {@code o % (cols - 1)} of column tile {@code o / (cols - 1)}, and
 * column {@code cols - 1} is the reference column.
 */
public final class CellLayout {
  private final int[] sizes;
  private final int rows;
  private final int cols;
  private final Mapping mapping;
  private final int offset;
  private final List<Tile> tiles;

  /**
   * Lays out a network of the given layer sizes.
   *
   * @param bits weight bits; fixes the offset level {@code 2^(bits-1) - 1} of the offset mapping
   * @throws CimcException for an array size that the mapping cannot use
   */
  public CellLayout(int[] sizes, int rows, int cols, Mapping mapping, int bits) {
    checkGeometry(rows, cols, mapping);
    this.sizes = sizes.clone();
    this.rows = rows;
    this.cols = cols;
    this.mapping = mapping;
    this.offset = (1 << (bits - 1)) - 1;
    this.tiles = Collections.unmodifiableList(buildTiles());
  }

  private static void checkGeometry(int rows, int cols, Mapping mapping) {
    if (rows <= 0 || cols <= 0) {
      throw new CimcException("invalid array size " + rows + "x" + cols
          + ": rows and columns must be positive, for example 48x48");
    }
    if (mapping == Mapping.DIFFERENTIAL && cols % 2 != 0) {
      throw new CimcException("invalid column count " + cols + ": the differential mapping"
          + " needs an even number of columns (two per weight); use an even column count");
    }
    if (mapping == Mapping.OFFSET && cols < 2) {
      throw new CimcException("invalid column count " + cols + ": the offset mapping needs at"
          + " least 2 columns (one weight column and the reference column)");
    }
  }

  public Mapping mapping() {
    return mapping;
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  public int arrayCount() {
    return tiles.size();
  }

  public List<Tile> tiles() {
    return tiles;
  }

  public Tile tile(int array) {
    return tiles.get(array);
  }

  /** Offset level of the offset mapping, {@code 2^(bits-1) - 1}. */
  public int offset() {
    return offset;
  }

  /** Output neurons per array: {@code cols / 2} (differential) or {@code cols - 1} (offset). */
  public int outputsPerArray() {
    return mapping == Mapping.DIFFERENTIAL ? cols / 2 : cols - 1;
  }

  /** Cells that hold a weight or a reference, summed over all arrays. */
  public long usedCells() {
    long used = 0;
    for (Tile t : tiles) {
      used += usedCells(t);
    }
    return used;
  }

  /** Cells of one tile that hold a weight or a reference. */
  public int usedCells(Tile t) {
    int perOutput = mapping == Mapping.DIFFERENTIAL ? 2 : 1;
    int reference = t.referenceColumn() < 0 ? 0 : 1;
    return t.inputsUsed() * (perOutput * t.outputsUsed() + reference);
  }

  /**
   * Fills the level and weight index of every cell of one array, row-major
   * {@code [row * cols + col]}. Unused cells get level -1 and weight index -1; reference cells
   * get the offset level and weight index -1.
   *
   * @param codes weight codes per layer, row-major by output
   */
  public void fill(int array, byte[][] codes, int[] levels, int[] weightIndex) {
    Tile t = tiles.get(array);
    java.util.Arrays.fill(levels, -1);
    java.util.Arrays.fill(weightIndex, -1);
    byte[] layerCodes = codes[t.layer()];
    int inputs = sizes[t.layer()];
    for (int r = 0; r < t.inputsUsed(); r++) {
      int input = t.firstInput() + r;
      for (int j = 0; j < t.outputsUsed(); j++) {
        int w = (t.firstOutput() + j) * inputs + input;
        int q = layerCodes[w];
        if (mapping == Mapping.DIFFERENTIAL) {
          int base = r * cols + 2 * j;
          setCell(levels, weightIndex, base, Math.max(q, 0), w);
          setCell(levels, weightIndex, base + 1, Math.max(-q, 0), w);
        } else {
          setCell(levels, weightIndex, r * cols + j, q + offset, w);
        }
      }
      if (t.referenceColumn() >= 0) {
        levels[r * cols + t.referenceColumn()] = offset;
      }
    }
  }

  private static void setCell(int[] levels, int[] weightIndex, int cell, int level, int w) {
    levels[cell] = level;
    weightIndex[cell] = w;
  }

  private List<Tile> buildTiles() {
    List<Tile> list = new ArrayList<>();
    int perArray = outputsPerArray();
    for (int l = 0; l + 1 < sizes.length; l++) {
      int inputs = sizes[l];
      int outputs = sizes[l + 1];
      int rowTiles = (inputs + rows - 1) / rows;
      int colTiles = (outputs + perArray - 1) / perArray;
      for (int ct = 0; ct < colTiles; ct++) {
        for (int rt = 0; rt < rowTiles; rt++) {
          int used = Math.min(perArray, outputs - ct * perArray);
          int columns = mapping == Mapping.DIFFERENTIAL ? 2 * used : used;
          int reference = mapping == Mapping.OFFSET ? cols - 1 : -1;
          list.add(new Tile(list.size(), l, rt, ct, rt * rows,
              Math.min(rows, inputs - rt * rows), ct * perArray, used, columns, reference));
        }
      }
    }
    return list;
  }
}
