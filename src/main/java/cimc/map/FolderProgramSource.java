package cimc.map;

import cimc.CimcException;
import cimc.device.DeviceProfile;
import cimc.golden.ProgramJob;
import cimc.golden.ProgramSource;
import cimc.golden.PulseTrace;
import cimc.hw.PulseConfig;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Write-verify tables of a compiled design folder: the levels from its
 * {@code maps/array_NNN_level.hex} files and the pulse-response table of any cell regenerated
 * with the device profile and seed recorded in its manifest. A trace equals the one
 * {@code cimc compile} simulated for that cell, stuck cells included.
 */
public final class FolderProgramSource implements ProgramSource {
  private final Path folder;
  private final WriteVerify writeVerify;
  private final PulseConfig pulses;
  private final long seed;
  private final int cols;
  private final Map<Integer, int[]> levels = new HashMap<>();

  /**
   * Verifies the folder's checksums and prepares the simulation.
   *
   * @throws CimcException when a file is missing or changed, or when the device profile's
   *     programming settings do not fit the controller
   */
  public FolderProgramSource(Path folder) {
    this.folder = folder;
    JsonNode manifest = DesignFolder.verify(folder);
    DeviceProfile profile = DesignFolder.deviceProfile(folder, manifest);
    this.seed = manifest.path("seed").asLong();
    this.writeVerify = new WriteVerify(profile, seed);
    this.pulses = pulseConfig(profile);
    try {
      this.cols = DesignJson.read(folder).path("cols").asInt();
    } catch (java.io.IOException e) {
      throw new CimcException("cannot read " + folder.resolve(DesignJson.FILE) + ": "
          + e.getMessage() + "; recompile the design");
    }
  }

  /** Returns the controller's pulse settings for the design's device profile. */
  @Override
  public PulseConfig pulses() {
    return pulses;
  }

  /** Returns the programming seed recorded in the manifest. */
  public long seed() {
    return seed;
  }

  @Override
  public synchronized int level(int array, int row, int col) {
    int[] arrayLevels = levels.computeIfAbsent(array, a -> DesignFolder.levels(folder, a));
    return arrayLevels[row * cols + col];
  }

  @Override
  public PulseTrace trace(int array, int row, int col, int level) {
    return pulseTrace(writeVerify.trace(array, row, col, level));
  }

  /** Converts a simulated cell trace into the golden model's pulse-response table. */
  public static PulseTrace pulseTrace(CellTrace t) {
    List<Pulse> pulses = t.pulses();
    boolean[] set = new boolean[pulses.size()];
    int[] amplitudes = new int[pulses.size()];
    for (int k = 0; k < set.length; k++) {
      set[k] = pulses.get(k).polarity() == Polarity.SET;
      amplitudes[k] = pulses.get(k).amplitudeCode();
    }
    int[] reads = t.reads().stream().mapToInt(Integer::intValue).toArray();
    ProgramJob job = new ProgramJob(t.array(), t.row(), t.col(), t.windowLow(), t.windowHigh());
    return new PulseTrace(job, reads, set, amplitudes, t.result().verifyPassed());
  }

  /**
   * Returns the controller's pulse settings for a device profile: its amplitude codes, pulse
   * width in cycles, budget and verify tolerance, with the amplitude width in bits that the
   * maximum amplitude code needs.
   *
   * @throws CimcException when a setting is outside what the controller accepts
   */
  public static PulseConfig pulseConfig(DeviceProfile profile) {
    int max = profile.maxAmplitudeCode();
    int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(max));
    DeviceProfile.Programming p = profile.programming();
    try {
      return new PulseConfig(profile.setStartCode(), profile.resetStartCode(),
          profile.amplitudeStepCode(), max, bits, p.pulseWidthCycles(), p.pulseBudget(),
          p.verifyToleranceCodes());
    } catch (IllegalArgumentException e) {
      throw new CimcException("device profile " + profile.name() + " does not fit the"
          + " programming controller: " + e.getMessage() + "; fix the programming section");
    }
  }
}
