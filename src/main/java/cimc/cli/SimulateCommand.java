package cimc.cli;

import cimc.data.Dataset;
import cimc.data.Mnist;
import cimc.device.DeviceProfile;
import cimc.device.DeviceProfileFile;
import cimc.golden.AccuracyChart;
import cimc.golden.Calibration;
import cimc.golden.CodeVariation;
import cimc.golden.DesignSampler;
import cimc.golden.GoldenModel;
import cimc.golden.Simulation;
import cimc.golden.SimulationResult;
import cimc.hw.HardwareSpec;
import cimc.hw.HardwareSpecJson;
import cimc.hw.PulseConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code cimc simulate}: MNIST test accuracy of the bit-accurate golden model, next to the
 * ADC-free float simulation, over ADC resolutions and Monte Carlo variation draws, with the
 * saturation rate of every layer's conversions.
 */
final class SimulateCommand implements Command {
  @Override
  public String name() {
    return "simulate";
  }

  @Override
  public String summary() {
    return "test accuracy of the bit-accurate golden model over ADC bits and variation draws";
  }

  @Override
  public java.util.Set<String> repeatableOptions() {
    return java.util.Set.of("model");
  }

  @Override
  public Options options() {
    Options options = new Options();
    GoldenOptions.addInputs(options, true);
    GoldenOptions.addCalibration(options);
    options.addOption(GoldenOptions.longOption("adc-bits", "LIST", "ADC bits to simulate, a"
        + " comma-separated list or range such as 3-10, each 2..16, each calibrated anew"
        + " (default: the design folder's hardware.json if present, else 6)"));
    options.addOption(GoldenOptions.longOption("images", "N", "first N test images (default:"
        + " all 10000)"));
    options.addOption(GoldenOptions.longOption("variation", "SIGMA", "programming error of"
        + " each cell in conductance codes (standard deviation), for Monte Carlo draws"
        + " (default 0: use the codes as given)"));
    options.addOption(GoldenOptions.longOption("stuck-low", "RATE", "fraction of cells stuck"
        + " at code 0 in each draw (default 0)"));
    options.addOption(GoldenOptions.longOption("stuck-high", "RATE", "fraction of cells stuck"
        + " at the maximum code in each draw (default 0)"));
    options.addOption(GoldenOptions.longOption("device", "PROFILE", "with --model: draw"
        + " as-programmed codes by simulating write-verify programming on a device profile"
        + " JSON file, or 'default' for the shipped profile; draw d uses seed + d"));
    options.addOption(GoldenOptions.longOption("draws", "N", "Monte Carlo draws of the"
        + " variation or device (default 1)"));
    options.addOption(GoldenOptions.longOption("seed", "S", "seed of the draws and of the read"
        + " noise (default 1)"));
    options.addOption(GoldenOptions.longOption("noise", "SIGMA", "read noise added to each"
        + " conversion, in conductance codes (default 0)"));
    options.addOption(GoldenOptions.longOption("csv", "FILE", "write the results as CSV"));
    options.addOption(GoldenOptions.longOption("json", "FILE", "write the results as JSON"));
    options.addOption(GoldenOptions.longOption("plot", "FILE", "write a PNG of accuracy"
        + " against ADC bits"));
    options.addOption(Option.builder().longOpt("write-hardware").desc("with --design and one"
        + " ADC resolution: write the calibrated hardware.json into the design folder").build());
    options.addOption(Option.builder().longOpt("per-column-step").desc("per-column ADC steps"
        + " (not supported: the RTL has one ADC step per layer)").build());
    return options;
  }

  @Override
  public int run(CommandLine line) throws Exception {
    if (line.hasOption("per-column-step")) {
      throw new UsageException("unsupported: --per-column-step; the ADC step is per layer"
          + " because the RTL has one reference scale (adc_step_o) per layer");
    }
    int[] adcBits = parseBits(line.getOptionValue("adc-bits", "6"));
    Simulation.Settings settings = settings(line, adcBits);
    boolean writeHardware = line.hasOption("write-hardware");
    if (writeHardware && (!line.hasOption("design") || adcBits.length != 1
        || settings.sampler() != null)) {
      throw new UsageException("--write-hardware needs --design, one --adc-bits value and no"
          + " --variation");
    }
    if (line.hasOption("device") && line.hasOption("design")) {
      throw new UsageException("--device draws programming for --model input; a --design"
          + " folder is already programmed");
    }
    List<GoldenOptions.Source> sources = GoldenOptions.sources(line);
    if (!line.hasOption("adc-bits") && !writeHardware) {
      settings = withExistingSpec(settings, sources.get(0));
    }
    Mnist mnist = GoldenOptions.mnist();
    GoldenOptions.checkImages(settings.calibrationImages(), mnist.train().size(),
        "calibration-images");
    List<SimulationResult> all = simulate(line, sources, mnist, settings);
    if (writeHardware) {
      writeHardware(sources.get(0), mnist, settings);
    }
    writeOutputs(line, all);
    return 0;
  }

  /** Runs a design folder's own hardware.json as it is, when it has one. */
  private static Simulation.Settings withExistingSpec(Simulation.Settings s,
      GoldenOptions.Source source) {
    HardwareSpec existing = source.spec();
    if (existing == null) {
      return s;
    }
    System.out.println("using " + source.folder().resolve(GoldenOptions.HARDWARE_FILE) + " ("
        + existing.adcBits() + " ADC bits); pass --adc-bits to recalibrate");
    return new Simulation.Settings(s.adcBits(), s.calibration(), s.calibrationImages(),
        s.sampler(), s.draws(), s.seed(), s.readNoise(), existing);
  }

  private static List<SimulationResult> simulate(CommandLine line,
      List<GoldenOptions.Source> sources, Mnist mnist, Simulation.Settings settings) {
    Dataset test = testSet(line, mnist.test());
    System.out.println(ResultTable.header(sources.get(0).design().layerCount()));
    List<SimulationResult> all = new ArrayList<>();
    for (GoldenOptions.Source source : sources) {
      Simulation.Settings s = line.hasOption("device")
          ? deviceSettings(line, settings, source) : settings;
      all.addAll(Simulation.run(source.label(), source.design(), source.network(),
          mnist.train().pixels(), test.pixels(), test.labels(), s,
          r -> System.out.println(ResultTable.row(r))));
    }
    ResultTable.printSummary(all, System.out);
    return all;
  }

  /** Settings whose draws run the compiler's programming simulation of a device profile. */
  private static Simulation.Settings deviceSettings(CommandLine line, Simulation.Settings s,
      GoldenOptions.Source source) {
    String name = line.getOptionValue("device");
    DeviceProfile profile = name.equals("default") ? DeviceProfileFile.defaultProfile()
        : DeviceProfileFile.read(Path.of(name));
    int rows = source.design().rows();
    int cols = source.design().cols();
    DeviceSampler sampler = new DeviceSampler(source.model(), profile, rows, cols, s.seed(),
        s.calibration().threads());
    return new Simulation.Settings(s.adcBits(), s.calibration(), s.calibrationImages(), sampler,
        s.draws(), s.seed(), s.readNoise(), s.fixedSpec());
  }

  private static Simulation.Settings settings(CommandLine line, int[] adcBits) {
    Calibration.Settings calibration = GoldenOptions.calibration(line, adcBits[0],
        PulseConfig.defaults(8));
    int calibrationImages = Args.intValue(line, "calibration-images", 2000, 1, 60_000);
    double sigma = Args.doubleValue(line, "variation", 0, 0, 1e6);
    double low = Args.doubleValue(line, "stuck-low", 0, 0, 1);
    double high = Args.doubleValue(line, "stuck-high", 0, 0, 1);
    if (low + high > 1) {
      throw new UsageException("invalid --stuck-low " + low + " and --stuck-high " + high
          + ": the two rates must sum to at most 1");
    }
    boolean varies = sigma > 0 || low > 0 || high > 0;
    if (varies && line.hasOption("device")) {
      throw new UsageException("--device draws its own variation; drop --variation,"
          + " --stuck-low and --stuck-high");
    }
    int draws = Args.intValue(line, "draws", 1, 1, 10_000);
    if (draws > 1 && !varies && !line.hasOption("device")) {
      throw new UsageException("invalid --draws " + draws + ": more than one draw needs"
          + " --device, --variation, --stuck-low or --stuck-high");
    }
    long seed = Args.longValue(line, "seed", 1);
    CodeVariation variation = varies ? new CodeVariation(sigma, low, high) : null;
    DesignSampler sampler = variation == null ? null
        : (design, draw) -> variation.apply(design, seed, draw);
    double noise = Args.doubleValue(line, "noise", 0, 0, 1e6);
    return new Simulation.Settings(adcBits, calibration, calibrationImages, sampler, draws,
        seed, noise, null);
  }

  private static Dataset testSet(CommandLine line, Dataset test) {
    int images = Args.intValue(line, "images", test.size(), 1, test.size());
    return test.first(images);
  }

  /** Parses {@code 6}, {@code 3,4,8} or {@code 3-10}. */
  static int[] parseBits(String text) {
    List<Integer> bits = new ArrayList<>();
    for (String part : text.split(",")) {
      String p = part.trim();
      try {
        int dash = p.indexOf('-', 1);
        int from = Integer.parseInt(dash < 0 ? p : p.substring(0, dash).trim());
        int to = dash < 0 ? from : Integer.parseInt(p.substring(dash + 1).trim());
        for (int b = from; b <= to; b++) {
          bits.add(b);
        }
      } catch (NumberFormatException e) {
        throw new UsageException("invalid --adc-bits '" + text + "': expected a list such as"
            + " 6 or 4,6,8 or a range such as 3-10");
      }
    }
    for (int b : bits) {
      if (b < 2 || b > 16) {
        throw new UsageException("invalid --adc-bits " + b + ": expected 2 to 16 bits");
      }
    }
    if (bits.isEmpty()) {
      throw new UsageException("invalid --adc-bits '" + text + "': no resolution given");
    }
    return bits.stream().mapToInt(Integer::intValue).distinct().toArray();
  }

  private static void writeHardware(GoldenOptions.Source source, Mnist mnist,
      Simulation.Settings s) {
    Calibration.Settings c = s.calibration();
    Calibration.Settings withPulses = new Calibration.Settings(c.adcsPerArray(), c.adcBits(),
        c.activationBits(), c.adcPercentile(), c.activationPercentile(), source.pulses(),
        c.threads());
    var spec = Calibration.calibrate(source.design(), source.network(), mnist.train().pixels(),
        s.calibrationImages(), withPulses);
    new GoldenModel(source.design(), spec);
    Path file = source.folder().resolve(GoldenOptions.HARDWARE_FILE);
    HardwareSpecJson.write(spec, file);
    cimc.map.Manifest.updateEntry(source.folder(), GoldenOptions.HARDWARE_FILE);
    System.out.println("wrote " + file);
  }

  private static void writeOutputs(CommandLine line, List<SimulationResult> all) {
    if (line.hasOption("csv")) {
      Path csv = Path.of(line.getOptionValue("csv"));
      ResultTable.writeCsv(all, csv);
      System.out.println("wrote " + csv);
    }
    if (line.hasOption("json")) {
      Path json = Path.of(line.getOptionValue("json"));
      ResultTable.writeJson(all, json);
      System.out.println("wrote " + json);
    }
    if (line.hasOption("plot")) {
      Path png = Path.of(line.getOptionValue("plot"));
      AccuracyChart.write(all, png);
      System.out.println("wrote " + png);
    }
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.2f", 100 * fraction);
  }

  static String join(double[] fractions) {
    return String.join("/", Arrays.stream(fractions).mapToObj(SimulateCommand::percent)
        .toList());
  }
}
