package cimc.hw;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Placement of every layer's tiles onto physical arrays: layer {@code l} starts at the array
 * after the last array of layer {@code l - 1}, so each array holds exactly one tile.
 */
public final class Placement {
  private final List<LayerTiling> layers;

  private Placement(List<LayerTiling> layers) {
    this.layers = Collections.unmodifiableList(layers);
  }

  /** Places a network of the given layer sizes on {@code rows x cols} arrays. */
  public static Placement of(int[] sizes, int rows, int cols) {
    List<LayerTiling> layers = new ArrayList<>();
    int next = 0;
    for (int l = 0; l + 1 < sizes.length; l++) {
      LayerTiling tiling = new LayerTiling(l, sizes[l], sizes[l + 1], rows, cols, next);
      layers.add(tiling);
      next += tiling.arrayCount();
    }
    return new Placement(layers);
  }

  public List<LayerTiling> layers() {
    return layers;
  }

  public LayerTiling layer(int l) {
    return layers.get(l);
  }

  public int arrayCount() {
    LayerTiling last = layers.get(layers.size() - 1);
    return last.firstArray() + last.arrayCount();
  }
}
