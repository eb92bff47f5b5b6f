package cimc.cli;

import cimc.data.Mnist;
import cimc.golden.Calibration;
import cimc.golden.NominalWeights;
import cimc.hw.CompiledDesign;
import cimc.hw.ConductanceGrid;
import cimc.hw.HardwareSpec;
import cimc.hw.HardwareSpecJson;
import cimc.hw.PulseConfig;
import cimc.map.DesignFolder;
import cimc.map.FolderProgramSource;
import cimc.nn.Mlp;
import cimc.quant.QuantizedModel;
import cimc.quant.QuantizedModelFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * Options and loading shared by {@code cimc simulate} and {@code cimc vectors}: the design or
 * quantized models to run, the macro geometry for models, and the calibration settings.
 */
final class GoldenOptions {
  static final String HARDWARE_FILE = "hardware.json";

  private GoldenOptions() {}

  /**
   * A design to run, with its float reference network and an optional calibrated spec.
   *
   * @param pulses write-verify settings that calibration writes into hardware.json: those of
   *     the device profile in a design folder's manifest, or the golden defaults for
   *     {@code --model} input, which has no device
   * @param program pulse-response tables of the design folder's device, or null for
   *     {@code --model} input, whose vectors use the golden stand-in cell
   */
  record Source(String label, CompiledDesign design, Mlp network, HardwareSpec spec,
      Path folder, PulseConfig pulses, FolderProgramSource program, QuantizedModel model) {
  }

  static void addInputs(Options options, boolean manyModels) {
    options.addOption(Option.builder().longOpt("design").hasArg().argName("DIR")
        .desc("compiled design folder (from cimc compile); uses its hardware.json when present")
        .build());
    options.addOption(Option.builder().longOpt("model").hasArg().argName("FILE")
        .desc(manyModels ? "quantized model file (from cimc quantize), mapped ideally onto the"
            + " arrays; repeat to compare models, such as clipped and unclipped"
            : "quantized model file (from cimc quantize), mapped ideally onto the arrays")
        .build());
    options.addOption(longOption("rows", "N", "array rows for --model input (default 48)"));
    options.addOption(longOption("cols", "N", "array columns for --model input, even"
        + " (default 48)"));
    options.addOption(longOption("levels", "L", "conductance levels per cell for --model input"
        + " (default 8)"));
    options.addOption(longOption("substeps", "K", "conductance codes per level for --model"
        + " input (default 8)"));
  }

  static void addCalibration(Options options) {
    options.addOption(longOption("adcs", "N", "ADCs per array; must divide cols/2 (default 8)"));
    options.addOption(longOption("activation-bits", "A", "bits of hidden-layer activations,"
        + " 1..16 (default 4)"));
    options.addOption(longOption("calibration-images", "N", "first N training images used"
        + " for calibration (default 2000)"));
    options.addOption(longOption("adc-percentile", "P", "percentile of |D| that sets each"
        + " layer's ADC full scale, (0, 100] (default 99.9)"));
    options.addOption(longOption("activation-percentile", "P", "percentile of float ReLU"
        + " outputs that sets each activation scale, (0, 100] (default 99.9)"));
    options.addOption(longOption("threads", "N", "worker threads (default: all processors)"));
  }

  static Option longOption(String name, String arg, String description) {
    return Option.builder().longOpt(name).hasArg().argName(arg).desc(description).build();
  }

  static int threads(CommandLine line) {
    int cores = Runtime.getRuntime().availableProcessors();
    return Args.intValue(line, "threads", cores, 1, 1024);
  }

  static Calibration.Settings calibration(CommandLine line, int adcBits, PulseConfig pulses) {
    int adcs = Args.intValue(line, "adcs", 8, 1, 2048);
    int activationBits = Args.intValue(line, "activation-bits", 4, 1, 16);
    double adcPercentile = Args.doubleValue(line, "adc-percentile", 99.9, 1e-9, 100);
    double actPercentile = Args.doubleValue(line, "activation-percentile", 99.9, 1e-9, 100);
    return new Calibration.Settings(adcs, adcBits, activationBits, adcPercentile, actPercentile,
        pulses, threads(line));
  }

  /** Returns the designs named by --design or --model; exactly one of them must be given. */
  static List<Source> sources(CommandLine line) {
    boolean design = line.hasOption("design");
    boolean model = line.hasOption("model");
    if (design == model) {
      throw new UsageException("give either --design DIR or --model FILE");
    }
    List<Source> sources = new ArrayList<>();
    if (design) {
      Path folder = Path.of(line.getOptionValue("design"));
      CompiledDesign d = DesignFolder.read(folder);
      Path hardware = folder.resolve(HARDWARE_FILE);
      HardwareSpec spec = Files.exists(hardware) ? HardwareSpecJson.read(hardware) : null;
      FolderProgramSource program = new FolderProgramSource(folder);
      sources.add(new Source(folder.getFileName().toString(), d, NominalWeights.of(d), spec,
          folder, program.pulses(), program, null));
      return sources;
    }
    int rows = Args.intValue(line, "rows", 48, 1, 4096);
    int cols = Args.intValue(line, "cols", 48, 2, 4096);
    if (cols % 2 != 0) {
      throw new UsageException("invalid --cols " + cols + ": expected an even number, because"
          + " each weight takes a differential column pair");
    }
    int levels = Args.intValue(line, "levels", 8, 2, 1 << 12);
    int substeps = Args.intValue(line, "substeps", 8, 1, 1 << 12);
    for (String file : line.getOptionValues("model")) {
      sources.add(fromModel(Path.of(file), rows, cols, levels, substeps));
    }
    return sources;
  }

  private static Source fromModel(Path file, int rows, int cols, int levels, int substeps) {
    QuantizedModel m = QuantizedModelFile.read(file);
    if (m.maxCode() > levels - 1) {
      throw new UsageException("invalid --levels " + levels + ": " + file + " has " + m.bits()
          + "-bit weights up to " + m.maxCode() + ", which need at least " + (m.maxCode() + 1)
          + " levels");
    }
    byte[][] codes = new byte[m.layerCount()][];
    double[] scales = new double[m.layerCount()];
    float[][] biases = new float[m.layerCount()][];
    for (int l = 0; l < codes.length; l++) {
      codes[l] = m.codes(l);
      scales[l] = m.scale(l);
      biases[l] = m.biases(l);
    }
    // Only codes matter to the golden model; Gmin and Gmax set the physical scale of a code.
    ConductanceGrid grid = new ConductanceGrid(1.0, 1.0 + 10.0 * (levels - 1), levels,
        substeps);
    CompiledDesign d = CompiledDesign.ideal(m.sizes(), m.bits(), codes, scales, biases, rows,
        cols, grid);
    String clip = m.z().isPresent() ? "z=" + m.z().getAsDouble() : "unclipped";
    return new Source(file.getFileName() + " (" + clip + ")", d, m.dequantized(), null, null,
        PulseConfig.defaults(substeps), null, m);
  }

  static Mnist mnist() {
    return Mnist.loadShipped();
  }

  static void checkImages(int requested, int available, String option) {
    if (requested > available) {
      throw new UsageException("invalid --" + option + " " + requested + ": the data set has "
          + available + " images");
    }
  }
}
