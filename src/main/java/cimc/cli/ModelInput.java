package cimc.cli;

import cimc.CimcException;
import cimc.map.QuantizedWeights;
import cimc.map.Sha256;
import cimc.nn.ModelFile;
import cimc.nn.TrainedModel;
import cimc.quant.QuantizedModel;
import cimc.quant.QuantizedModelFile;
import cimc.quant.Quantizer;
import cimc.quant.SigmaClip;
import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * Loads the network that {@code cimc compile} maps: a quantized model file, or a float model
 * that is clipped and quantized on the fly with {@code --z} and {@code --bits}.
 */
final class ModelInput {
  private ModelInput() {}

  static void addOptions(Options options) {
    options.addOption(Option.builder("m").longOpt("model").hasArg().argName("FILE")
        .desc("quantized model file written by 'cimc quantize'").build());
    options.addOption(Option.builder().longOpt("float-model").hasArg().argName("FILE")
        .desc("float model written by 'cimc train', clipped and quantized on the fly with --z"
            + " and --bits").build());
    options.addOption(Option.builder().longOpt("z").hasArg().argName("Z")
        .desc("with --float-model: clipping width in standard deviations, or 'none'").build());
    options.addOption(Option.builder().longOpt("bits").hasArg().argName("N")
        .desc("with --float-model: weight bits, " + Quantizer.MIN_BITS + " to "
            + Quantizer.MAX_BITS).build());
    options.addOption(Option.builder().longOpt("per-neuron")
        .desc("with --float-model: clip per output neuron instead of per layer").build());
  }

  static QuantizedWeights load(CommandLine line) {
    String quantized = line.getOptionValue("model");
    String floating = line.getOptionValue("float-model");
    if (quantized != null && floating != null) {
      throw new UsageException("give either --model or --float-model, not both");
    }
    if (quantized == null && floating == null) {
      throw CompileCommand.noModel();
    }
    if (quantized != null) {
      if (line.hasOption("z") || line.hasOption("bits") || line.hasOption("per-neuron")) {
        throw new UsageException("--z, --bits and --per-neuron apply only with --float-model;"
            + " a quantized model already fixes them");
      }
      Path file = Path.of(quantized);
      return weights(QuantizedModelFile.read(file), sha256(file));
    }
    return quantizeFloat(line, Path.of(floating));
  }

  private static QuantizedWeights quantizeFloat(CommandLine line, Path file) {
    String zText = line.getOptionValue("z");
    if (zText == null || !line.hasOption("bits")) {
      throw new UsageException("--float-model needs --z Z (or 'none') and --bits N");
    }
    OptionalDouble z;
    try {
      z = SigmaClip.parseZ(zText);
    } catch (CimcException e) {
      throw new UsageException(e.getMessage().replace("invalid z", "invalid --z"));
    }
    int bits = Args.intValue(line, "bits", 4, Quantizer.MIN_BITS, Quantizer.MAX_BITS);
    TrainedModel model = ModelFile.read(file);
    String sha = sha256(file);
    SigmaClip clip = new SigmaClip(z, line.hasOption("per-neuron"));
    return weights(Quantizer.quantize(model.network(), bits, clip, sha), sha);
  }

  /** Converts a quantized model; {@code inputSha256} is the hash of the file compile read. */
  static QuantizedWeights weights(QuantizedModel model, String inputSha256) {
    int layers = model.layerCount();
    byte[][] codes = new byte[layers][];
    double[] scales = new double[layers];
    float[][] biases = new float[layers][];
    for (int l = 0; l < layers; l++) {
      codes[l] = model.codes(l);
      scales[l] = model.scale(l);
      biases[l] = model.biases(l);
    }
    return new QuantizedWeights(model.bits(), model.z(), model.sizes(), codes, scales, biases,
        inputSha256);
  }

  private static String sha256(Path file) {
    try {
      return Sha256.of(file);
    } catch (IOException e) {
      throw new CimcException("cannot read model file " + file + ": " + e.getMessage());
    }
  }
}
