package cimc.cli;

import cimc.CimcException;
import cimc.map.QuantizedWeights;
import cimc.map.Sha256;
import cimc.quant.QuantizedModel;
import cimc.quant.QuantizedModelFile;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** Loads the network that {@code cimc compile} maps. */
final class ModelInput {
  private ModelInput() {}

  static void addOptions(Options options) {
  }

  /** Reads the quantized model of {@code --model FILE} written by {@code cimc quantize}. */
  static QuantizedWeights load(CommandLine line) {
    String file = line.getOptionValue("model");
    if (file == null) {
      throw CompileCommand.noModel();
    }
    Path path = Path.of(file);
    QuantizedModel model = QuantizedModelFile.read(path);
    byte[][] codes = new byte[model.layerCount()][];
    double[] scales = new double[model.layerCount()];
    float[][] biases = new float[model.layerCount()][];
    for (int l = 0; l < codes.length; l++) {
      codes[l] = model.codes(l);
      scales[l] = model.scale(l);
      biases[l] = model.biases(l);
    }
    try {
      return new QuantizedWeights(model.bits(), model.z(), model.sizes(), codes, scales, biases,
          Sha256.of(path));
    } catch (IOException e) {
      throw new CimcException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }
}
