package cimc.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.CimcException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeviceProfileTest {
  private static String defaultJson() {
    return DeviceProfileFile.toJson(DeviceProfileFile.defaultProfile());
  }

  private static CimcException rejected(String from, String to) {
    String json = defaultJson();
    assertTrue(json.contains(from), "default profile JSON lacks " + from);
    byte[] bad = json.replace(from, to).getBytes(StandardCharsets.UTF_8);
    return assertThrows(CimcException.class, () -> DeviceProfileFile.parse(bad, "test.json"));
  }

  private static void assertMentions(CimcException e, String... words) {
    for (String w : words) {
      assertTrue(e.getMessage().contains(w), "'" + w + "' missing in: " + e.getMessage());
    }
  }

  @Test
  void defaultProfileLoads() {
    DeviceProfile p = DeviceProfileFile.defaultProfile();
    assertEquals(56, p.grid().maxCode());
    assertEquals(90, p.setStartCode());
    assertEquals(110, p.resetStartCode());
    assertEquals(5, p.amplitudeStepCode());
    assertEquals(180, p.maxAmplitudeCode());
    assertEquals(2, p.programming().verifyToleranceCodes());
    assertTrue(p.assumed().containsKey("conductance.gminMicrosiemens"));
    assertTrue(p.assumed().containsKey("response.cycleSigmaRelative"));
  }

  @Test
  void jsonRoundTrip() {
    DeviceProfile p = DeviceProfileFile.defaultProfile();
    byte[] json = DeviceProfileFile.toJson(p).getBytes(StandardCharsets.UTF_8);
    assertEquals(p, DeviceProfileFile.parse(json, "round trip"));
  }

  @Test
  void gminAboveGmax() {
    assertMentions(rejected("\"gminMicrosiemens\" : 5.0", "\"gminMicrosiemens\" : 80.0"),
        "Gmin 80.0", "Gmax 75.0", "test.json");
  }

  @Test
  void oneLevel() {
    assertMentions(rejected("\"levels\" : 8", "\"levels\" : 1"), "levels 1", "2 to 256");
  }

  @Test
  void overlappingWindows() {
    assertMentions(rejected("\"verifyToleranceCodes\" : 2", "\"verifyToleranceCodes\" : 4"),
        "tolerance 4", "overlap");
  }

  @Test
  void negativeTolerance() {
    assertMentions(rejected("\"verifyToleranceCodes\" : 2", "\"verifyToleranceCodes\" : -1"),
        "verifyToleranceCodes -1", "negative");
  }

  @Test
  void zeroPulseBudget() {
    assertMentions(rejected("\"pulseBudget\" : 64", "\"pulseBudget\" : 0"), "pulseBudget 0");
  }

  @Test
  void amplitudeOffLsb() {
    assertMentions(rejected("\"setStartVolts\" : 0.9", "\"setStartVolts\" : 0.905"),
        "setStartVolts 0.905", "multiple");
  }

  @Test
  void missingSection() {
    assertMentions(rejected("\"variation\"", "\"variationX\""), "test.json");
  }

  @Test
  void notJson() {
    CimcException e = assertThrows(CimcException.class,
        () -> DeviceProfileFile.parse("{".getBytes(StandardCharsets.UTF_8), "broken.json"));
    assertMentions(e, "broken.json");
  }
}
