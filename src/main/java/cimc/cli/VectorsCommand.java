package cimc.cli;

import cimc.data.Dataset;
import cimc.data.Mnist;
import cimc.golden.Calibration;
import cimc.golden.VectorWriter;
import cimc.hw.HardwareSpec;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code cimc vectors}: writes golden test vectors for the RTL testbench, in the layout of
 * docs/golden-vectors.md.
 */
final class VectorsCommand implements Command {
  @Override
  public String name() {
    return "vectors";
  }

  @Override
  public String summary() {
    return "write golden test vectors ($readmemh) of chosen MNIST test images for the testbench";
  }

  @Override
  public Options options() {
    Options options = new Options();
    GoldenOptions.addInputs(options, false);
    GoldenOptions.addCalibration(options);
    options.addOption(Option.builder().longOpt("out").hasArg().argName("DIR").required()
        .desc("vector folder to create").build());
    options.addOption(GoldenOptions.longOption("adc-bits", "B", "ADC bits when calibrating"
        + " (default 6; ignored when the design folder has a hardware.json)"));
    options.addOption(GoldenOptions.longOption("images", "N", "number of test images"
        + " (default 100)"));
    options.addOption(GoldenOptions.longOption("first", "I", "test-set index of the first"
        + " image (default 0)"));
    options.addOption(Option.builder().longOpt("all").desc("write all 10000 test images")
        .build());
    options.addOption(GoldenOptions.longOption("program-arrays", "LIST", "comma-separated"
        + " arrays whose used cells get write-verify tables (default: the first array of each"
        + " layer)"));
    options.addOption(Option.builder().longOpt("program-all").desc("write-verify tables for"
        + " every used cell of the design").build());
    options.addOption(GoldenOptions.longOption("seed", "S", "with --model: seed of the"
        + " stand-in cell model of the write-verify tables (default 1); a --design folder"
        + " replays its device with the seed it was compiled with"));
    options.addOption(Option.builder().longOpt("force").desc("replace an existing vector"
        + " folder").build());
    return options;
  }

  @Override
  public int run(CommandLine line) {
    GoldenOptions.Source source = GoldenOptions.sources(line).get(0);
    Mnist mnist = GoldenOptions.mnist();
    Dataset test = mnist.test();
    int[] indices = indices(line, test.size());
    HardwareSpec spec = source.spec();
    if (spec == null) {
      int bits = Args.intValue(line, "adc-bits", 6, 2, 16);
      int images = Args.intValue(line, "calibration-images", 2000, 1, mnist.train().size());
      spec = Calibration.calibrate(source.design(), source.network(), mnist.train().pixels(),
          images, GoldenOptions.calibration(line, bits, source.pulses()));
    }
    int[] arrays = programArrays(line, spec);
    long seed = seed(line, source);
    Path out = Path.of(line.getOptionValue("out"));
    String designName = source.folder() != null ? source.folder().toString() : source.label();
    VectorWriter.write(out, line.hasOption("force"), source.design(), spec, test.pixels(),
        test.labels(), new VectorWriter.Options(indices, arrays, seed, designName,
        source.program()));
    System.out.println("wrote " + indices.length + " images of golden vectors to " + out);
    return 0;
  }

  /** Returns the seed of the write-verify tables: the design's own, or --seed for a model. */
  private static long seed(CommandLine line, GoldenOptions.Source source) {
    if (source.program() == null) {
      return Args.longValue(line, "seed", 1);
    }
    if (line.hasOption("seed")) {
      throw new UsageException("--seed sets the stand-in cell model of --model input; the"
          + " tables of a --design folder replay its device with the seed it was compiled"
          + " with, so drop --seed");
    }
    return source.program().seed();
  }

  private static int[] indices(CommandLine line, int size) {
    if (line.hasOption("all")) {
      if (line.hasOption("images") || line.hasOption("first")) {
        throw new UsageException("--all takes every test image; drop --images and --first");
      }
      return java.util.stream.IntStream.range(0, size).toArray();
    }
    int first = Args.intValue(line, "first", 0, 0, size - 1);
    int count = Args.intValue(line, "images", 100, 1, size);
    if (first + count > size) {
      throw new UsageException("invalid --first " + first + " with --images " + count
          + ": the test set has " + size + " images, so first + images must be at most "
          + size);
    }
    return java.util.stream.IntStream.range(first, first + count).toArray();
  }

  private static int[] programArrays(CommandLine line, HardwareSpec spec) {
    if (line.hasOption("program-all")) {
      return null;
    }
    int arrays = spec.placement().arrayCount();
    if (!line.hasOption("program-arrays")) {
      return spec.placement().layers().stream().mapToInt(t -> t.firstArray()).toArray();
    }
    String text = line.getOptionValue("program-arrays");
    try {
      int[] chosen = Arrays.stream(text.split(",")).map(String::trim)
          .mapToInt(Integer::parseInt).toArray();
      for (int a : chosen) {
        if (a < 0 || a >= arrays) {
          throw new UsageException("invalid --program-arrays " + a + ": expected arrays 0 to "
              + (arrays - 1));
        }
      }
      return Arrays.stream(chosen).distinct().sorted().toArray();
    } catch (NumberFormatException e) {
      throw new UsageException("invalid --program-arrays '" + text + "': expected a"
          + " comma-separated list of array indices such as 0,102,111");
    }
  }
}
