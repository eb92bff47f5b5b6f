package cimc.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.CimcException;
import org.junit.jupiter.api.Test;

class CellLayoutTest {
  private static final int[] MNIST = {784, 128, 64, 10};

  @Test
  void mnistTiling() {
    CellLayout layout = new CellLayout(MNIST, 48, 48, Mapping.DIFFERENTIAL, 4);
    assertEquals(102 + 9 + 2, layout.arrayCount());
    long layer0 = layout.tiles().stream().filter(t -> t.layer() == 0).count();
    assertEquals(17 * 6, layer0);
    Tile lastRow = layout.tile(16);
    assertEquals(16, lastRow.rowTile());
    assertEquals(0, lastRow.colTile());
    assertEquals(768, lastRow.firstInput());
    assertEquals(16, lastRow.inputsUsed());
    Tile lastCol = layout.tile(5 * 17);
    assertEquals(5, lastCol.colTile());
    assertEquals(120, lastCol.firstOutput());
    assertEquals(8, lastCol.outputsUsed());
    assertEquals(16, lastCol.columnsUsed());
  }

  @Test
  void nextLayerStartsAt102() {
    CellLayout layout = new CellLayout(MNIST, 48, 48, Mapping.DIFFERENTIAL, 4);
    assertEquals(1, layout.tile(102).layer());
    assertEquals(0, layout.tile(102).firstInput());
    assertEquals(0, layout.tile(101).layer());
    Tile last = layout.tile(112);
    assertEquals(2, last.layer());
    assertEquals(1, last.rowTile());
    assertEquals(10, last.outputsUsed());
    assertEquals(16, last.inputsUsed());
  }

  @Test
  void differentialSignCases() {
    int[] sizes = {3, 4};
    byte[][] codes = {{7, -7, 0, 3, -2, 0, 1, -1, 5, 0, 0, -4}};
    CellLayout layout = new CellLayout(sizes, 4, 10, Mapping.DIFFERENTIAL, 4);
    int[] levels = new int[40];
    int[] weights = new int[40];
    layout.fill(0, codes, levels, weights);
    // output 0, input 0: q = 7 -> (7, 0)
    assertEquals(7, levels[0]);
    assertEquals(0, levels[1]);
    // output 0, input 1: q = -7 -> (0, 7) on row 1
    assertEquals(0, levels[10]);
    assertEquals(7, levels[11]);
    // output 0, input 2: q = 0 -> (0, 0)
    assertEquals(0, levels[20]);
    assertEquals(0, levels[21]);
    assertEquals(2, weights[20]);
    // output 1, input 1: q = -2 -> (0, 2) on columns 2 and 3
    assertEquals(0, levels[12]);
    assertEquals(2, levels[13]);
    assertEquals(4, weights[13]);
    // output 3, input 2: q = -4 -> (0, 4) on columns 6 and 7
    assertEquals(4, levels[27]);
    assertEquals(11, weights[27]);
  }

  @Test
  void paddingIsUnused() {
    byte[][] codes = {{1, 1, 1, 1, 1, 1}};
    CellLayout layout = new CellLayout(new int[] {3, 2}, 4, 6, Mapping.DIFFERENTIAL, 4);
    int[] levels = new int[24];
    int[] weights = new int[24];
    layout.fill(0, codes, levels, weights);
    assertEquals(-1, levels[4], "unused column pair");
    assertEquals(-1, levels[5]);
    assertEquals(-1, levels[18], "padded row 3");
    assertEquals(-1, weights[18]);
    assertEquals(12, layout.usedCells());
  }

  @Test
  void offsetMappingReference() {
    byte[][] codes = {{3, -3, 0, 2}};
    CellLayout layout = new CellLayout(new int[] {2, 2}, 2, 4, Mapping.OFFSET, 3);
    assertEquals(3, layout.offset());
    assertEquals(3, layout.outputsPerArray());
    int[] levels = new int[8];
    int[] weights = new int[8];
    layout.fill(0, codes, levels, weights);
    assertEquals(6, levels[0]);
    assertEquals(3, levels[1], "output 1, input 0: q = 0");
    assertEquals(-1, levels[2], "unused weight column");
    assertEquals(3, levels[3], "reference column at the offset level");
    assertEquals(-1, weights[3]);
    assertEquals(0, levels[4], "q = -3");
    assertEquals(5, levels[5], "q = 2");
    assertEquals(6, layout.usedCells());
  }

  @Test
  void badGeometryRejected() {
    CimcException odd = assertThrows(CimcException.class,
        () -> new CellLayout(MNIST, 48, 47, Mapping.DIFFERENTIAL, 4));
    assertTrue(odd.getMessage().contains("47"), odd.getMessage());
    assertTrue(odd.getMessage().contains("even"), odd.getMessage());
    CimcException zero = assertThrows(CimcException.class,
        () -> new CellLayout(MNIST, 0, 48, Mapping.DIFFERENTIAL, 4));
    assertTrue(zero.getMessage().contains("0x48"), zero.getMessage());
    assertThrows(CimcException.class, () -> new CellLayout(MNIST, 48, -2, Mapping.OFFSET, 4));
  }
}
