package cimc.map;

/**
 * Settings of one compile run.
 *
 * @param rows rows per array, at least 1
 * @param cols columns per array, even for the differential mapping
 * @param seed seed of the programming simulation; with the same inputs the output is
 *     byte-identical for any thread count
 * @param threads worker threads for the programming simulation, at least 1
 */
public record CompileSettings(int rows, int cols, Mapping mapping, long seed, int threads) {}
