package cimc.study;

import cimc.CimcException;
import cimc.quant.Quantizer;
import cimc.quant.SigmaClip;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The quantization and variation settings a sweep crosses with every trained model.
 *
 * @param zs clipping widths in standard deviations, empty for no clipping, in plot order
 * @param bits bit widths, each 2 to 8
 * @param variations variation levels, in plot order
 * @param draws Monte Carlo draws per model and cell, at least 1
 * @param seed root seed of every draw's random stream
 * @param perNeuron whether clipping statistics are taken per output neuron
 */
public record SweepGrid(List<OptionalDouble> zs, List<Integer> bits,
    List<VariationModel> variations, int draws, long seed, boolean perNeuron) {
  public SweepGrid {
    zs = List.copyOf(zs);
    bits = List.copyOf(bits);
    variations = List.copyOf(variations);
    if (zs.isEmpty() || bits.isEmpty() || variations.isEmpty()) {
      throw new CimcException("a sweep needs at least one z, one bit width and one variation"
          + " level");
    }
    for (OptionalDouble z : zs) {
      z.ifPresent(SigmaClip::checkZ);
    }
    for (int b : bits) {
      Quantizer.checkBits(b);
      for (VariationModel v : variations) {
        v.levelsFor(b);
      }
    }
    if (draws < 1) {
      throw new CimcException("invalid draw count " + draws + ": expected at least 1");
    }
  }

  public SigmaClip clip(int zIndex) {
    return new SigmaClip(zs.get(zIndex), perNeuron);
  }

  /** Number of (z, bits, variation) cells. */
  public int cellCount() {
    return zs.size() * bits.size() * variations.size();
  }
}
