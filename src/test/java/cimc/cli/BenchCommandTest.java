package cimc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
  @Test
  void helpExitsZero() {
    assertEquals(0, Main.run("bench", "--help"));
  }

  @Test
  void unknownBenchmarkExitsTwo() {
    assertEquals(2, Main.run("bench", "train", "nope"));
  }

  @Test
  void badThreadsExitTwo() {
    assertEquals(2, Main.run("bench", "--threads", "0"));
  }

  @Test
  void namesAreUnique() {
    List<String> names = BenchCommand.benchmarks().stream().map(b -> b.name()).toList();
    assertEquals(names.size(), names.stream().distinct().count());
  }
}
