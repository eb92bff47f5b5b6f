package cimc.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.hw.PulseConfig;
import org.junit.jupiter.api.Test;

class WriteVerifyTest {
  /** A cell that returns scripted reads and ignores pulses. */
  private static CellResponse scripted(int... reads) {
    return new CellResponse() {
      private int next;

      @Override
      public int read() {
        return reads[next++];
      }

      @Override
      public void pulse(boolean set, int amplitude) {}
    };
  }

  private static final PulseConfig CONFIG = new PulseConfig(8, 6, 4, 20, 6, 4, 5, 2);

  @Test
  void passOnFirstRead() {
    PulseTrace t = WriteVerify.run(new ProgramJob(0, 0, 0, 14, 18), scripted(16), CONFIG);
    assertTrue(t.pass());
    assertEquals(0, t.pulses());
    assertArrayEquals(new int[] {16}, t.reads());
  }

  @Test
  void rampsThenRestartsOnPolarityChange() {
    PulseTrace t = WriteVerify.run(new ProgramJob(0, 0, 0, 14, 18),
        scripted(3, 7, 10, 25, 17), CONFIG);
    assertTrue(t.pass());
    assertArrayEquals(new boolean[] {true, true, true, false}, t.set());
    assertArrayEquals(new int[] {8, 12, 16, 6}, t.amplitudes());
    assertEquals(17, t.finalCode());
  }

  @Test
  void amplitudeSaturatesAndBudgetFails() {
    PulseTrace t = WriteVerify.run(new ProgramJob(0, 0, 0, 40, 44),
        scripted(0, 1, 2, 3, 4, 5), CONFIG);
    assertFalse(t.pass());
    assertEquals(5, t.pulses());
    assertArrayEquals(new int[] {8, 12, 16, 20, 20}, t.amplitudes());
    assertEquals(5, t.finalCode());
  }

  @Test
  void windowClampsAtEnds() {
    ProgramJob zero = WriteVerify.job(1, 2, 3, 0, 8, 56, 2);
    assertEquals(0, zero.lo());
    assertEquals(2, zero.hi());
    ProgramJob top = WriteVerify.job(1, 2, 3, 7, 8, 56, 2);
    assertEquals(54, top.lo());
    assertEquals(56, top.hi());
  }

  @Test
  void stubCellRegeneratesAlone() {
    PulseConfig config = PulseConfig.defaults(8);
    ProgramJob job = WriteVerify.job(5, 7, 9, 4, 8, 56, 2);
    PulseTrace a = WriteVerify.run(job, new SimpleCellResponse(3, 5, 7, 9, 56), config);
    WriteVerify.run(WriteVerify.job(5, 7, 8, 6, 8, 56, 2),
        new SimpleCellResponse(3, 5, 7, 8, 56), config);
    PulseTrace b = WriteVerify.run(job, new SimpleCellResponse(3, 5, 7, 9, 56), config);
    assertArrayEquals(a.reads(), b.reads());
    assertArrayEquals(a.amplitudes(), b.amplitudes());
    assertTrue(a.pulses() > 0);
  }
}
