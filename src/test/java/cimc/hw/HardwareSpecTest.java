package cimc.hw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.CimcException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HardwareSpecTest {
  private static final int[] SIZES = {784, 128, 64, 10};

  private static List<LayerSpec> layers(int[] biasesL0) {
    List<LayerSpec> layers = new ArrayList<>();
    layers.add(new LayerSpec(1, 4, 3, biasesL0, 1000, 12, 0.01, 1, 0.2));
    layers.add(new LayerSpec(4, 4, 2, new int[64], 2000, 13, 0.02, 0.2, 0.3));
    layers.add(new LayerSpec(4, 0, 2, new int[10], 1, 0, 0.03, 0.3, 0));
    return layers;
  }

  private static HardwareSpec spec(int adcBits, int[] biasesL0) {
    return new HardwareSpec(48, 48, 8, adcBits, 8, 8, 4, SIZES, layers(biasesL0),
        PulseConfig.defaults(8), new CalibrationInfo(99.9, 99.9, 2000));
  }

  @Test
  void seventeenTilesOfFourBitCodes() {
    HardwareSpec spec = spec(4, new int[128]);
    LayerWidths w = spec.widths(0);
    assertEquals(new IntRange(-8, 7), w.adcCode());
    assertEquals(new IntRange(-8, 7), w.tileSum());
    assertEquals(new IntRange(-136, 119), w.y());
    assertEquals(9, w.y().signedBits());
  }

  @Test
  void defaultWidths() {
    int[] biases = new int[128];
    biases[3] = -40;
    biases[9] = 25;
    HardwareSpec spec = spec(6, biases);
    LayerWidths w = spec.widths(0);
    assertEquals(new IntRange(-48 * 56, 48 * 56), w.d());
    assertEquals(13, w.d().signedBits());
    assertEquals(new IntRange(-32 * 17, 31 * 17), w.y());
    assertEquals(new IntRange(-32 * 17 - 40, 31 * 17 + 25), w.z());
    assertEquals(new IntRange((-32 * 17 - 40) * 1000L + 2048, (31 * 17 + 25) * 1000L + 2048),
        w.product());
    assertEquals(new IntRange(0, 15), w.output());
    LayerWidths w1 = spec.widths(1);
    assertEquals(new IntRange(-32 * 15, 31 * 15), w1.tileSum());
    assertEquals(new IntRange(-32 * 15 * 3, 31 * 15 * 3), w1.y());
    assertEquals(6, spec.codeBits());
    assertEquals(384, spec.adcBeatsPerImage());
    assertEquals(25, spec.inputWords());
    assertEquals(7, spec.arrayIndexBits());
    assertEquals(4, spec.classBits());
    assertEquals(3, spec.groups());
    assertEquals(12, spec.activationValueBits());
  }

  @Test
  void bitsOfRanges() {
    assertEquals(1, new IntRange(-1, 0).signedBits());
    assertEquals(2, new IntRange(0, 1).signedBits());
    assertEquals(8, new IntRange(-128, 127).signedBits());
    assertEquals(9, new IntRange(-129, 0).signedBits());
    assertEquals(9, new IntRange(0, 128).signedBits());
    assertEquals(6, HardwareSpec.unsignedBits(56));
    assertEquals(1, HardwareSpec.unsignedBits(0));
  }

  @Test
  void rescaleFloorsNegative() {
    LayerSpec s = new LayerSpec(4, 4, 1, new int[1], 1, 1, 1, 1, 1);
    assertEquals(-4, s.rescale(-8));
    assertEquals(-3, s.rescale(-7));
    assertEquals(3, s.rescale(5));
    assertEquals(0, s.requantize(-8));
    LayerSpec noShift = new LayerSpec(4, 4, 1, new int[1], 3, 0, 1, 1, 1);
    assertEquals(-21, noShift.rescale(-7));
    assertEquals(15, noShift.requantize(6));
  }

  @Test
  void jsonRoundTrip(@TempDir Path dir) throws Exception {
    int[] biases = new int[128];
    biases[0] = -7;
    HardwareSpec spec = spec(6, biases);
    Path file = dir.resolve("hardware.json");
    HardwareSpecJson.write(spec, file);
    HardwareSpec back = HardwareSpecJson.read(file);
    assertEquals(spec, back);
    String text = Files.readString(file);
    assertEquals(text, HardwareSpecJson.toJson(back));
    assertTrue(text.endsWith("}\n"));
    assertTrue(text.indexOf("\"geometry\"") < text.indexOf("\"layers\""));
  }

  @Test
  void rejectsTamperedWidths() {
    String text = HardwareSpecJson.toJson(spec(6, new int[128]));
    String tampered = text.replaceFirst("\"adcBeatsPerImage\" : 384", "\"adcBeatsPerImage\" : 380");
    CimcException e = assertThrows(CimcException.class,
        () -> HardwareSpecJson.parse(tampered, "x.json"));
    assertTrue(e.getMessage().contains("\"widths\""), e.getMessage());
  }

  @Test
  void rejectsMissingField() {
    String text = HardwareSpecJson.toJson(spec(6, new int[128])).replace("\"adcStep\"",
        "\"step\"");
    CimcException e = assertThrows(CimcException.class,
        () -> HardwareSpecJson.parse(text, "x.json"));
    assertTrue(e.getMessage().contains("\"adcStep\" is missing"), e.getMessage());
  }

  @Test
  void rejectsAdcsNotDividingPairs() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new HardwareSpec(48, 48, 5, 6, 8, 8, 4, SIZES, layers(new int[128]),
            PulseConfig.defaults(8), null));
    assertTrue(e.getMessage().contains("ADCs per array 5 must divide the 24"), e.getMessage());
  }

  @Test
  void rejectsTooFewLevels() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new HardwareSpec(48, 48, 8, 6, 4, 8, 4, SIZES, layers(new int[128]),
            PulseConfig.defaults(8), null));
    assertTrue(e.getMessage().contains("4 conductance levels cannot hold 4-bit"), e.getMessage());
  }

  @Test
  void rejectsMultiplierOutOfRange() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new LayerSpec(1, 4, 1, new int[1], 65536, 3, 1, 1, 1));
    assertTrue(e.getMessage().contains("multiplier 65536 outside 0..65535"), e.getMessage());
  }

  @Test
  void rejectsBitMismatchBetweenLayers() {
    List<LayerSpec> layers = layers(new int[128]);
    layers.set(1, new LayerSpec(3, 4, 2, new int[64], 2000, 13, 0.02, 0.2, 0.3));
    assertThrows(IllegalArgumentException.class, () -> new HardwareSpec(48, 48, 8, 6, 8, 8, 4,
        SIZES, layers, PulseConfig.defaults(8), null));
  }
}
