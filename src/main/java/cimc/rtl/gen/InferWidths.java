package cimc.rtl.gen;

/** Widths of the inference sequencer's counters and datapath, derived from the parameters. */
final class InferWidths {
  final int layer;
  final int colTile;
  final int rowTile;
  final int plane;
  final int group;
  final int pair;
  final int neuron;
  final int rowsUsed;
  final int array;
  final int multiplier;
  final int product;
  final int act;
  final int bias;
  final int acc;
  final int z;
  /** Width of the activation report: Z, or a zero-extended activation when that is wider. */
  final int value;
  final int inputBufferBits;
  final int actBufferBits;
  /** Width of a bit index into {@code act_chunk}. */
  final int chunkIndex;

  InferWidths(RtlParams p) {
    int maxColTiles = 1;
    int maxRowTiles = 1;
    int maxPlanes = 1;
    for (LayerParams lp : p.layers()) {
      maxColTiles = Math.max(maxColTiles, lp.tiling().colTiles());
      maxRowTiles = Math.max(maxRowTiles, lp.tiling().rowTiles());
      maxPlanes = Math.max(maxPlanes, lp.inputBits());
    }
    layer = Widths.unsignedBits(p.layerCount() - 1);
    colTile = Widths.unsignedBits(maxColTiles - 1);
    rowTile = Widths.unsignedBits(maxRowTiles - 1);
    plane = Widths.unsignedBits(maxPlanes - 1);
    group = p.groupBits();
    pair = Widths.unsignedBits(p.pairs() - 1);
    neuron = Widths.unsignedBits(p.maxOutputs() - 1);
    rowsUsed = Widths.unsignedBits(p.rows());
    array = p.arrayBits();
    multiplier = p.multiplierBits();
    act = p.actBits();
    product = Math.max(p.productBits(), act + 1);
    bias = p.biasBits();
    acc = p.accBits();
    z = Math.max(p.zBits(), Math.max(acc, bias));
    value = Math.max(z, act + 1);
    inputBufferBits = 32 * p.inputWords();
    actBufferBits = p.actEntries() * act;
    chunkIndex = Widths.unsignedBits(p.rows() * act - 1);
  }
}
