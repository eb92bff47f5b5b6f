package cimc.map;

/**
 * One crossbar tile: the block of a weight layer placed on one physical array.
 *
 * @param firstInput first input (row 0 of the array); rows {@code 0 .. inputsUsed - 1} are used
 * @param firstOutput first output neuron of the tile
 * @param columnsUsed weight columns used, starting at column 0
 * @param referenceColumn the shared reference column of the offset mapping, or -1
 */
public record Tile(int array, int layer, int rowTile, int colTile, int firstInput,
    int inputsUsed, int firstOutput, int outputsUsed, int columnsUsed, int referenceColumn) {}
