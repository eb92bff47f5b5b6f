package cimc.cli;

import cimc.CimcException;
import cimc.nn.Mlp;
import cimc.nn.ModelFile;
import cimc.quant.LayerClip;
import cimc.quant.QuantizedModel;
import cimc.quant.QuantizedModelFile;
import cimc.quant.Quantizer;
import cimc.quant.SigmaClip;
import cimc.study.ModelCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code cimc quantize}: σ-clips and quantizes a trained model and writes the quantized model
 * file, printing per-layer statistics.
 */
final class QuantizeCommand implements Command {
  static final String DEFAULT_MODEL = "out/model.cimc";
  static final String DEFAULT_OUTPUT = "out/model.cimq";
  static final String DEFAULT_Z = "2.5";
  static final int DEFAULT_BITS = 4;

  @Override
  public String name() {
    return "quantize";
  }

  @Override
  public String summary() {
    return "σ-clip and quantize a trained model to signed integer weight codes";
  }

  @Override
  public Options options() {
    Options options = new Options();
    add(options, "model", "FILE", "trained model file to read (default: " + DEFAULT_MODEL + ")");
    add(options, "output", "FILE", "quantized model file to write, replaced if it exists"
        + " (default: " + DEFAULT_OUTPUT + ")");
    add(options, "z", "Z", "clip each layer's weights to mean +/- Z population standard"
        + " deviations; Z is a finite number > 0, or none to keep the full weight range"
        + " (default: " + DEFAULT_Z + ")");
    options.addOption(Option.builder().longOpt("per-neuron").desc("take mean and standard"
        + " deviation per output neuron instead of per layer; each layer keeps one scale")
        .build());
    add(options, "bits", "B", "bit width of the signed weight codes, 2 to 8; codes lie in"
        + " -(2^(B-1)-1) to 2^(B-1)-1 (default: " + DEFAULT_BITS + ")");
    return options;
  }

  private static void add(Options options, String name, String argument, String description) {
    options.addOption(Option.builder().longOpt(name).hasArg().argName(argument)
        .desc(description).build());
  }

  @Override
  public int run(CommandLine line) {
    Path modelPath = Path.of(line.getOptionValue("model", DEFAULT_MODEL));
    Path output = Path.of(line.getOptionValue("output", DEFAULT_OUTPUT));
    int bits = Args.intValue(line, "bits", DEFAULT_BITS, Quantizer.MIN_BITS, Quantizer.MAX_BITS);
    OptionalDouble z = parseZ(line.getOptionValue("z", DEFAULT_Z));
    SigmaClip clip = new SigmaClip(z, line.hasOption("per-neuron"));
    if (Files.isDirectory(output)) {
      throw new CimcException("cannot write " + output + ": it is a folder; give a file name"
          + " such as " + output.resolve("model.cimq"));
    }
    Mlp model = ModelFile.read(modelPath).network();
    QuantizedModel quantized = Quantizer.quantize(model, bits, clip,
        ModelCache.sha256(modelPath));
    printLayers(model, quantized);
    QuantizedModelFile.write(quantized, output);
    System.out.println("wrote " + output);
    return 0;
  }

  private static OptionalDouble parseZ(String text) {
    try {
      return SigmaClip.parseZ(text);
    } catch (CimcException e) {
      throw new UsageException("invalid --z '" + text + "': expected a finite number greater"
          + " than 0, or none for no clipping");
    }
  }

  private static void printLayers(Mlp model, QuantizedModel quantized) {
    System.out.printf("%d-bit codes, z %s%s%n", quantized.bits(),
        SigmaClip.format(quantized.z()), quantized.perNeuron() ? ", per neuron" : "");
    System.out.printf("%-6s %-10s %12s %12s %12s %12s %9s %12s%n", "layer", "shape", "mean",
        "std", "low", "high", "clipped", "scale");
    for (int l = 0; l < model.layerCount(); l++) {
      LayerClip stats = quantized.clip().apply(model.weights(l), model.outputs(l),
          model.inputs(l));
      String shape = model.inputs(l) + "x" + model.outputs(l);
      if (stats.perNeuron()) {
        System.out.printf("%-6d %-10s %12s %12s %12.6g %12.6g %8.3f%% %12.6g%n", l, shape,
            "per neuron", "per neuron", min(stats.lows()), max(stats.highs()),
            100 * stats.fractionClipped(), quantized.scale(l));
      } else {
        System.out.printf("%-6d %-10s %12.6g %12.6g %12.6g %12.6g %8.3f%% %12.6g%n", l, shape,
            stats.mean(0), stats.std(0), stats.low(0), stats.high(0),
            100 * stats.fractionClipped(), quantized.scale(l));
      }
    }
  }

  private static double min(double[] values) {
    double min = Double.POSITIVE_INFINITY;
    for (double v : values) {
      min = Math.min(min, v);
    }
    return min;
  }

  private static double max(double[] values) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      max = Math.max(max, v);
    }
    return max;
  }
}
