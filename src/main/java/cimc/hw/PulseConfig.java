package cimc.hw;

/**
 * Write-verify programming settings shared by the simulation, the RTL and the testbench.
 *
 * <p>Amplitudes are unsigned {@code ampBits}-bit codes. A SET pulse raises the conductance, a
 * RESET pulse lowers it. The first pulse of a polarity uses its start amplitude; each further
 * pulse of the same polarity adds {@code ampStep}, saturating at {@code ampMax}. A cell gets at
 * most {@code budget} pulses, each {@code widthCycles} clock cycles long. The verify window of
 * level k is {@code [k*K - tolerance, k*K + tolerance]} clamped to the code range.
 */
public record PulseConfig(int setStart, int resetStart, int ampStep, int ampMax, int ampBits,
    int widthCycles, int budget, int tolerance) {
  public PulseConfig {
    if (ampBits < 1 || ampBits > 16) {
      throw new IllegalArgumentException("amplitude bits " + ampBits + " outside 1..16");
    }
    int limit = (1 << ampBits) - 1;
    check("ampMax", ampMax, 1, limit);
    check("setStart", setStart, 1, ampMax);
    check("resetStart", resetStart, 1, ampMax);
    check("ampStep", ampStep, 0, ampMax);
    check("widthCycles", widthCycles, 1, 1 << 16);
    check("budget", budget, 1, 1 << 16);
    check("tolerance", tolerance, 0, 1 << 16);
  }

  /**
   * Returns the golden defaults for specs without a device profile (a quantized model mapped
   * ideally, hand-built specs): amplitude codes from 8 in steps of 4 up to 63, tolerance K/4
   * codes, a budget of 20 pulses. A compiled design folder takes its device profile's settings
   * instead ({@code cimc.map.FolderProgramSource.pulseConfig}).
   */
  public static PulseConfig defaults(int substeps) {
    return new PulseConfig(8, 8, 4, 63, 6, 4, 20, substeps / 4);
  }

  private static void check(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException("pulse setting " + name + " = " + value + " outside "
          + min + ".." + max);
    }
  }
}
