package cimc.cli;

import cimc.CimcException;
import cimc.device.DeviceProfile;
import cimc.golden.DesignSampler;
import cimc.hw.CompiledDesign;
import cimc.io.AtomicOutput;
import cimc.map.CompileSettings;
import cimc.map.DesignCompiler;
import cimc.map.Mapping;
import cimc.map.QuantizedWeights;
import cimc.quant.QuantizedModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Draws as-programmed designs by running the compiler's write-verify simulation of a device
 * profile with seed {@code seed + draw}; the maps it would write are discarded.
 */
final class DeviceSampler implements DesignSampler {
  private final QuantizedWeights weights;
  private final DeviceProfile profile;
  private final int rows;
  private final int cols;
  private final long seed;
  private final int threads;

  DeviceSampler(QuantizedModel model, DeviceProfile profile, int rows, int cols, long seed,
      int threads) {
    byte[][] codes = new byte[model.layerCount()][];
    double[] scales = new double[model.layerCount()];
    float[][] biases = new float[model.layerCount()][];
    for (int l = 0; l < codes.length; l++) {
      codes[l] = model.codes(l);
      scales[l] = model.scale(l);
      biases[l] = model.biases(l);
    }
    this.weights = new QuantizedWeights(model.bits(), model.z(), model.sizes(), codes, scales,
        biases, model.sourceModelSha256());
    this.profile = profile;
    this.rows = rows;
    this.cols = cols;
    this.seed = seed;
    this.threads = threads;
  }

  @Override
  public CompiledDesign sample(CompiledDesign nominal, int draw) {
    Path scratch = null;
    try {
      scratch = Files.createTempDirectory("cimc-draw-");
      CompileSettings settings = new CompileSettings(rows, cols, Mapping.DIFFERENTIAL,
          seed + draw, threads);
      return DesignCompiler.compile(weights, profile, settings, scratch,
          file -> OutputStream.nullOutputStream()).toCompiledDesign();
    } catch (IOException e) {
      throw new CimcException("cannot simulate programming for draw " + draw + ": "
          + e.getMessage() + "; check that the temporary folder is writable", e);
    } finally {
      AtomicOutput.deleteQuietly(scratch);
    }
  }
}
