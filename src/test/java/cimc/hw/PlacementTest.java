package cimc.hw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlacementTest {
  @Test
  void firstLayerTiles() {
    LayerTiling t = new LayerTiling(0, 784, 128, 48, 48, 0);
    assertEquals(17, t.rowTiles());
    assertEquals(16, t.rowsUsed(16));
    assertEquals(48, t.rowsUsed(15));
    assertEquals(6, t.colTiles());
    assertEquals(24, t.pairsUsed(4));
    assertEquals(8, t.pairsUsed(5));
    assertEquals(102, t.arrayCount());
  }

  @Test
  void smallLayerOneTile() {
    LayerTiling t = new LayerTiling(2, 48, 10, 48, 48, 0);
    assertEquals(1, t.rowTiles());
    assertEquals(1, t.colTiles());
  }

  @Test
  void nextLayerStartsAfterPrevious() {
    Placement p = Placement.of(new int[] {784, 128, 64, 10}, 48, 48);
    assertEquals(102, p.layer(1).firstArray());
    assertEquals(102 + 9, p.layer(2).firstArray());
    assertEquals(102 + 9 + 2, p.arrayCount());
    assertEquals(102 + 3 * 1 + 2, p.layer(1).array(2, 1));
  }

  @Test
  void conductanceCodes() {
    ConductanceGrid g = new ConductanceGrid(1.0, 71.0, 8, 8);
    assertEquals(10.0, g.levelStep(), 1e-12);
    assertEquals(56, g.maxCode());
    assertEquals(0, g.code(0.5));
    assertEquals(56, g.code(200));
    assertEquals(8, g.code(11.0));
    assertEquals(8, g.code(11.0 + 0.625));
  }
}
