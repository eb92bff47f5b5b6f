package cimc.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cimc.CimcException;
import cimc.hw.CompiledDesign;
import cimc.hw.HardwareSpec;
import cimc.hw.LayerSpec;
import cimc.hw.LayerTiling;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldenModelTest {
  /** Computes the inference of docs/golden-spec.md the obvious way, from the cell matrix. */
  private static GoldenTrace reference(CompiledDesign design, HardwareSpec spec, byte[] pixels,
      int offset) {
    return reference(design, spec, pixels, offset, new long[spec.layerCount()]);
  }

  /** As above, adding each layer's saturated conversions of used pairs to {@code saturated}. */
  private static GoldenTrace reference(CompiledDesign design, HardwareSpec spec, byte[] pixels,
      int offset, long[] saturated) {
    List<Integer> codes = new ArrayList<>();
    int[] beats = new int[spec.layerCount()];
    long[][] outputs = new long[spec.layerCount()][];
    long[] x = new long[spec.sizes()[0]];
    for (int i = 0; i < x.length; i++) {
      x[i] = pixels[offset + i];
    }
    int n = spec.adcsPerArray();
    for (int l = 0; l < spec.layerCount(); l++) {
      LayerTiling t = spec.tiling(l);
      LayerSpec s = spec.layer(l);
      long[] out = new long[t.outputs()];
      for (int ct = 0; ct < t.colTiles(); ct++) {
        long[] y = new long[spec.pairs()];
        int groups = (t.pairsUsed(ct) + n - 1) / n;
        for (int rt = 0; rt < t.rowTiles(); rt++) {
          int[] cells = design.cellCodes(t.array(rt, ct));
          for (int p = 0; p < s.inputBits(); p++) {
            for (int g = 0; g < groups; g++) {
              beats[l]++;
              for (int a = 0; a < n; a++) {
                int j = g * n + a;
                long d = 0;
                for (int r = 0; r < t.rowsUsed(rt); r++) {
                  if ((x[rt * spec.rows() + r] >> p & 1) == 1) {
                    d += cells[r * spec.cols() + 2 * j] - cells[r * spec.cols() + 2 * j + 1];
                  }
                }
                long h = 1L << (spec.adcBits() - 1);
                long k = Math.floorDiv(2 * d + s.adcStep(), 2L * s.adcStep());
                if ((k < -h || k > h - 1) && j < t.pairsUsed(ct)) {
                  saturated[l]++;
                }
                k = Math.max(-h, Math.min(h - 1, k));
                codes.add((int) k);
                y[j] += k * (1L << p);
              }
            }
          }
        }
        for (int j = 0; j < t.pairsUsed(ct); j++) {
          int o = ct * spec.pairs() + j;
          long z = y[j] + s.bias(o);
          if (s.hidden()) {
            long v = Math.floorDiv(z * s.multiplier() + (s.shift() > 0 ? 1L << (s.shift() - 1)
                : 0), 1L << s.shift());
            out[o] = Math.max(0, Math.min((1L << s.outputBits()) - 1, v));
          } else {
            out[o] = z;
          }
        }
      }
      outputs[l] = out;
      x = out;
    }
    int best = 0;
    for (int o = 1; o < x.length; o++) {
      if (x[o] > x[best]) {
        best = o;
      }
    }
    int[] flat = codes.stream().mapToInt(Integer::intValue).toArray();
    return new GoldenTrace(flat, beats, outputs, best);
  }

  private static void assertSameTrace(GoldenTrace want, GoldenTrace got) {
    assertArrayEquals(want.beatsPerLayer(), got.beatsPerLayer());
    assertArrayEquals(want.adcCodes(), got.adcCodes());
    for (int l = 0; l < want.outputs().length; l++) {
      assertArrayEquals(want.outputs()[l], got.outputs()[l], "layer " + l);
    }
    assertEquals(want.predictedClass(), got.predictedClass());
  }

  @Test
  void matchesReferenceSmallArrays() {
    int[] sizes = {100, 30, 20, 10};
    for (int seed = 0; seed < 6; seed++) {
      CompiledDesign design = TestDesigns.design(sizes, 16, 16, 4, seed, seed % 2 == 0 ? 0 : 3);
      HardwareSpec spec = TestDesigns.spec(design, seed % 2 == 0 ? 4 : 2, 4 + seed % 3, 4, seed);
      GoldenModel model = new GoldenModel(design, spec);
      byte[] pixels = TestDesigns.pixels(8, sizes[0], 0.3, seed);
      for (int img = 0; img < 8; img++) {
        assertSameTrace(reference(design, spec, pixels, img * 100),
            model.trace(pixels, img * 100, img));
      }
    }
  }

  @Test
  void matchesReferenceDefaultNetwork() {
    int[] sizes = {784, 128, 64, 10};
    CompiledDesign design = TestDesigns.design(sizes, 48, 48, 4, 7, 2);
    HardwareSpec spec = TestDesigns.spec(design, 8, 6, 4, 7);
    GoldenModel model = new GoldenModel(design, spec);
    byte[] pixels = TestDesigns.pixels(3, 784, 0.2, 7);
    for (int img = 0; img < 3; img++) {
      GoldenTrace got = model.trace(pixels, img * 784, img);
      assertSameTrace(reference(design, spec, pixels, img * 784), got);
      assertEquals(384, got.adcCodes().length / 8);
      assertArrayEquals(new int[] {272, 96, 16}, got.beatsPerLayer());
    }
  }

  @Test
  void classifyEqualsTrace() {
    int[] sizes = {100, 30, 10};
    CompiledDesign design = TestDesigns.design(sizes, 16, 16, 4, 3, 1);
    HardwareSpec spec = TestDesigns.spec(design, 4, 5, 3, 3);
    GoldenModel model = new GoldenModel(design, spec);
    byte[] pixels = TestDesigns.pixels(40, 100, 0.3, 3);
    Evaluation e = model.evaluate(pixels, 40, 0, 2);
    for (int img = 0; img < 40; img++) {
      assertEquals(model.trace(pixels, img * 100, img).predictedClass(), e.classes()[img]);
    }
  }

  @Test
  void threadCountDoesNotChangeResults() {
    int[] sizes = {100, 30, 10};
    CompiledDesign design = TestDesigns.design(sizes, 16, 16, 4, 5, 2);
    HardwareSpec spec = TestDesigns.spec(design, 4, 4, 4, 5);
    GoldenModel model = new GoldenModel(design, spec).withReadNoise(1.5, 42);
    byte[] pixels = TestDesigns.pixels(300, 100, 0.3, 5);
    Evaluation one = model.evaluate(pixels, 300, 0, 1);
    Evaluation two = model.evaluate(pixels, 300, 0, 2);
    assertArrayEquals(one.classes(), two.classes());
    assertArrayEquals(one.conversions(), two.conversions());
    assertArrayEquals(one.saturations(), two.saturations());
  }

  @Test
  void noiseIsSeeded() {
    int[] sizes = {100, 30, 10};
    CompiledDesign design = TestDesigns.design(sizes, 16, 16, 4, 6, 0);
    HardwareSpec spec = TestDesigns.spec(design, 4, 6, 4, 6);
    byte[] pixels = TestDesigns.pixels(1, 100, 0.4, 6);
    GoldenModel a = new GoldenModel(design, spec).withReadNoise(2, 1);
    GoldenModel b = new GoldenModel(design, spec).withReadNoise(2, 2);
    assertArrayEquals(a.trace(pixels, 0, 9).adcCodes(), a.trace(pixels, 0, 9).adcCodes());
    boolean differs = !java.util.Arrays.equals(a.trace(pixels, 0, 9).adcCodes(),
        b.trace(pixels, 0, 9).adcCodes());
    assertEquals(true, differs);
  }

  @Test
  void saturationCountsMatchReference() {
    int[] sizes = {100, 30, 10};
    CompiledDesign design = TestDesigns.design(sizes, 16, 16, 4, 8, 1);
    HardwareSpec spec = TestDesigns.spec(design, 4, 3, 4, 8);
    GoldenModel model = new GoldenModel(design, spec);
    byte[] pixels = TestDesigns.pixels(20, 100, 0.4, 8);
    long[] saturated = new long[2];
    for (int img = 0; img < 20; img++) {
      reference(design, spec, pixels, img * 100, saturated);
    }
    Evaluation e = model.evaluate(pixels, 20, 0, 1);
    assertArrayEquals(saturated, e.saturations());
    assertEquals(true, saturated[0] > 0);
    assertEquals(20L * 7 * 30, e.conversions()[0]);
  }

  @Test
  void rangeCheckNamesLocation() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> GoldenModel.check(new cimc.hw.IntRange(-136, 119), 120, "partial sum Y", 0, 5,
            16, -1, 3));
    assertEquals("partial sum Y = 120 left its derived range [-136, 119] (9 bits) at layer 0,"
        + " column tile 5, row tile 16, pair 3", e.getMessage());
    GoldenModel.check(new cimc.hw.IntRange(-136, 119), -136, "partial sum Y", 0, 5, 16, -1, 3);
  }

  @Test
  void argmaxTiesGoToLowestIndex() {
    assertEquals(1, GoldenModel.argmax(new long[] {3, 5, 5, 1}));
    assertEquals(0, GoldenModel.argmax(new long[] {-2, -2, -2}));
    assertEquals(3, GoldenModel.argmax(new long[] {0, 0, 0, 1}));
  }

  @Test
  void rejectsCodeAboveMax() {
    int[] sizes = {16, 8};
    CompiledDesign ok = TestDesigns.design(sizes, 16, 16, 4, 1, 0);
    int[][] cells = {ok.cellCodes(0).clone()};
    cells[0][5] = 57;
    CompiledDesign bad = new CompiledDesign(sizes, 4, ok.placement(), ok.grid(),
        new double[] {0.05}, new float[][] {new float[8]}, cells);
    HardwareSpec spec = TestDesigns.spec(ok, 4, 6, 4, 1);
    CimcException e = assertThrows(CimcException.class, () -> new GoldenModel(bad, spec));
    assertEquals(true, e.getMessage().contains("array 0 cell (0, 5) has code 57"));
  }
}
