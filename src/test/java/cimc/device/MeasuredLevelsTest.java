package cimc.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.CimcException;
import cimc.hw.ConductanceGrid;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasuredLevelsTest {
  private static final ConductanceGrid GRID = DeviceProfileFile.defaultProfile().grid();

  private static String reject(String... lines) {
    return assertThrows(CimcException.class,
        () -> MeasuredLevels.parse(List.of(lines), "m.csv", GRID)).getMessage();
  }

  @Test
  void parsesWithHeader() {
    MeasuredLevels m = MeasuredLevels.parse(List.of("level,target_us,mean_us,sigma_us",
        "1,15.0,14.2,1.1", "", "# comment", "3,35,34.8,1.4"), "m.csv", GRID);
    assertEquals(2, m.levels().size());
    assertEquals(new MeasuredLevels.Level(3, 35, 34.8, 1.4), m.levels().get(1));
  }

  @Test
  void wrongFieldCount() {
    String message = reject("level,target_us,mean_us,sigma_us", "1,15.0,14.2");
    assertTrue(message.contains("line 2"), message);
    assertTrue(message.contains("4 fields"), message);
  }

  @Test
  void notANumber() {
    String message = reject("1,15.0,abc,1.0");
    assertTrue(message.contains("line 1"), message);
    assertTrue(message.contains("mean_us 'abc'"), message);
  }

  @Test
  void levelOutOfRange() {
    String message = reject("1,15,15,1", "9,95,95,1");
    assertTrue(message.contains("line 2"), message);
    assertTrue(message.contains("level 9"), message);
  }

  @Test
  void targetMismatch() {
    String message = reject("2,30.0,25,1");
    assertTrue(message.contains("target 30.0"), message);
    assertTrue(message.contains("25.0 uS"), message);
  }

  @Test
  void duplicateLevel() {
    assertTrue(reject("2,25,25,1", "2,25,25,1").contains("twice"));
  }

  @Test
  void emptyFile() {
    assertTrue(reject("level,target_us,mean_us,sigma_us").contains("no data lines"));
  }
}
