package cimc.bench;

/**
 * Facts shared by every benchmark of one {@code cimc bench} run.
 *
 * @param threads worker threads the benchmarks use
 * @param fmaPeak measured FMA throughput with {@code threads} threads, the reference for
 *     fractions of peak
 */
public record BenchContext(int threads, FmaPeak.Result fmaPeak) {}
