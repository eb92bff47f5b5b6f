package cimc.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.device.DeviceProfile;
import cimc.device.DeviceProfileFile;
import cimc.golden.CellResponse;
import cimc.golden.PulseTrace;
import cimc.hw.PulseConfig;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderProgramSourceTest {
  @TempDir
  Path tmp;

  /** Replays recorded reads, so the golden write-verify loop can be run on a recorded trace. */
  private static final class Replay implements CellResponse {
    private final int[] reads;
    private int next;

    Replay(int[] reads) {
      this.reads = reads;
    }

    @Override
    public int read() {
      return reads[next++];
    }

    @Override
    public void pulse(boolean set, int amplitude) {}
  }

  private Path compileSmall(DeviceProfile profile) throws Exception {
    int[] sizes = {40, 12};
    byte[] codes = new byte[40 * 12];
    SplittableRandom random = new SplittableRandom(3);
    for (int k = 0; k < codes.length; k++) {
      codes[k] = (byte) random.nextInt(-7, 8);
    }
    QuantizedWeights w = new QuantizedWeights(4, OptionalDouble.empty(), sizes,
        new byte[][] {codes}, new double[] {0.1}, new float[][] {new float[12]},
        "0".repeat(64));
    Path folder = tmp.resolve("d");
    ProgrammedDesign d = DesignCompiler.compile(w, profile, new CompileSettings(16, 16,
        Mapping.DIFFERENTIAL, 5, 2), folder, FileSink.DISK);
    DesignCompiler.writeDesignJson(d, folder, FileSink.DISK);
    Manifest.write(d, folder, FileSink.DISK);
    return folder;
  }

  @Test
  void pulseConfigFromProfile() {
    PulseConfig c = FolderProgramSource.pulseConfig(DeviceProfileFile.defaultProfile());
    assertEquals(new PulseConfig(90, 110, 5, 180, 8, 10, 64, 2), c);
  }

  @Test
  void goldenLoopAgrees() throws Exception {
    DeviceProfile profile = DeviceProfileFile.defaultProfile();
    FolderProgramSource source = new FolderProgramSource(compileSmall(profile));
    PulseConfig config = FolderProgramSource.pulseConfig(profile);
    int pulses = 0;
    for (int array = 0; array < 3; array++) {
      for (int cell = 0; cell < 16 * 16; cell++) {
        int level = source.level(array, cell / 16, cell % 16);
        PulseTrace mine = source.trace(array, cell / 16, cell % 16, level);
        PulseTrace golden = cimc.golden.WriteVerify.run(mine.job(), new Replay(mine.reads()),
            config);
        assertArrayEquals(mine.reads(), golden.reads(), "reads of cell " + cell);
        assertArrayEquals(mine.set(), golden.set(), "polarities of cell " + cell);
        assertArrayEquals(mine.amplitudes(), golden.amplitudes(), "amplitudes of cell " + cell);
        assertEquals(mine.pass(), golden.pass(), "status of cell " + cell);
        pulses += mine.pulses();
      }
    }
    assertTrue(pulses > 500, "pulses compared: " + pulses);
  }
}
