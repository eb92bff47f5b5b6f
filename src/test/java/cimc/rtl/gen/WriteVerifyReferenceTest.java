package cimc.rtl.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cimc.golden.CellResponse;
import cimc.golden.ProgramJob;
import cimc.golden.PulseTrace;
import cimc.golden.WriteVerify;
import cimc.hw.PulseConfig;
import org.junit.jupiter.api.Test;

/** The testbench's write-verify expectations equal the golden model's algorithm. */
class WriteVerifyReferenceTest {
  /** The testbench device: a pulse of amplitude a moves the code by a / 4 + 1. */
  private static final class TestbenchCell implements CellResponse {
    private int code;
    private final int maxCode;

    TestbenchCell(int code, int maxCode) {
      this.code = code;
      this.maxCode = maxCode;
    }

    @Override
    public int read() {
      return code;
    }

    @Override
    public void pulse(boolean set, int amplitude) {
      code = ReferenceModel.pulse(code, set, amplitude, maxCode);
    }
  }

  @Test
  void jobsMatchGoldenWriteVerify() {
    PulseConfig config = new PulseConfig(3, 5, 2, 9, 4, 2, 4, 1);
    int maxCode = 20;
    for (int start = 0; start <= maxCode; start++) {
      for (int lo = 0; lo <= maxCode; lo += 3) {
        int hi = Math.min(maxCode, lo + start % 3);
        PulseTrace golden = WriteVerify.run(new ProgramJob(0, 0, 0, lo, hi),
            new TestbenchCell(start, maxCode), config);
        ReferenceModel.Job reference = ReferenceModel.program(start, lo, hi, config, maxCode);

        String job = "start " + start + " window " + lo + ".." + hi;
        assertEquals(golden.pulses(), reference.pulses(), job);
        assertEquals(golden.pass(), reference.pass(), job);
        assertEquals(golden.finalCode(), reference.code(), job);
        for (int p = 0; p < golden.pulses(); p++) {
          assertEquals(golden.set()[p] ? 1 : 0, reference.pulseList().get(p)[0], job);
          assertEquals(golden.amplitudes()[p], reference.pulseList().get(p)[1], job);
        }
      }
    }
  }
}
