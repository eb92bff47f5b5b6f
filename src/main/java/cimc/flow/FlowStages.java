package cimc.flow;

import cimc.CimcException;
import cimc.data.Dataset;
import cimc.data.Mnist;
import cimc.golden.Calibration;
import cimc.golden.GoldenModel;
import cimc.hw.CompiledDesign;
import cimc.hw.HardwareSpec;
import cimc.hw.HardwareSpecJson;
import cimc.map.DesignFolder;
import cimc.map.FolderProgramSource;
import cimc.map.Manifest;
import cimc.nn.Evaluator;
import cimc.nn.Mlp;
import cimc.nn.ModelFile;
import cimc.quant.QuantizedModelFile;
import cimc.verify.Verifier;
import cimc.verify.VerifyOptions;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The stages of {@code cimc flow} on the shipped MNIST, in pipeline order: tools, train (or
 * reuse the cached model), clip and quantize, compile, golden calibration, golden vectors, RTL,
 * verification and the report. Stages that have a command run it through the same entry point
 * as the command line, so the flow behaves exactly like the commands typed by hand.
 */
public final class FlowStages {
  /** ADC and activation settings of the default design. */
  static final int ADCS_PER_ARRAY = 8;
  static final int ADC_BITS = 6;
  static final int ACTIVATION_BITS = 4;
  static final double PERCENTILE = 99.9;

  private final Function<String[], Integer> commands;
  private final PrintStream out;

  /** {@code commands} runs one cimc command line and returns its exit code. */
  public FlowStages(Function<String[], Integer> commands, PrintStream out) {
    this.commands = commands;
    this.out = out;
  }

  public List<FlowStage> all() {
    return List.of(
        new FlowStage("tools", "Verilator, Yosys and Icarus Verilog must be present before"
            + " hours of work depend on them", s -> Tools.ensure(out)),
        new FlowStage("train", "the float network is the reference every later number is"
            + " compared with; a cached model is reused", this::train),
        new FlowStage("quantize", "sigma clipping and PTQ turn float weights into the signed"
            + " codes a crossbar can hold", this::quantize),
        new FlowStage("compile", "maps the codes onto 48x48 arrays and simulates write-verify"
            + " programming", this::compile),
        new FlowStage("calibrate", "the golden model needs integer ADC steps, biases and"
            + " requantization before any vector or RTL exists", this::calibrate),
        new FlowStage("vectors", "the bit-accurate golden model writes what the RTL must"
            + " reproduce", this::vectors),
        new FlowStage("rtl", "generates the controller from hardware.json and checks it with"
            + " Yosys", this::rtl),
        new FlowStage("verify", "the RTL is trusted only when Verilator and Icarus reproduce the"
            + " golden vectors bit for bit", this::verify),
        new FlowStage("report", "one page with the accuracy table, plots, programming,"
            + " synthesis and the verdict", s -> FlowReport.write(s)));
  }

  private void command(String... args) {
    out.println("cimc flow: running cimc " + String.join(" ", args));
    int code = commands.apply(args);
    if (code != 0) {
      throw new CimcException("'cimc " + String.join(" ", args) + "' exited with code " + code
          + "; its message is above");
    }
  }

  private void train(FlowState s) {
    Path model = s.settings.cache().resolve("model.cimc");
    if (Files.isRegularFile(model)) {
      out.println("cimc flow: reusing the cached model " + model
          + " (delete it to train again)");
    } else {
      command("train", "--epochs", Integer.toString(s.settings.epochs()), "--output",
          model.toString());
    }
    s.floatModel = model;
    Mlp network = ModelFile.read(model).network();
    s.accuracy.put("float", Evaluator.accuracy(network, Mnist.loadShipped().test()));
  }

  private void quantize(FlowState s) {
    Path output = s.settings.output().resolve("model.cimq");
    command("quantize", "--model", s.floatModel.toString(), "--output", output.toString(),
        "--z", Double.toString(s.settings.z()), "--bits",
        Integer.toString(s.settings.weightBits()));
    s.quantizedModel = output;
    Mlp dequantized = QuantizedModelFile.read(output).dequantized();
    s.accuracy.put("quantized (PTQ, z = " + s.settings.z() + ", " + s.settings.weightBits()
        + " bits)", Evaluator.accuracy(dequantized, Mnist.loadShipped().test()));
  }

  private void compile(FlowState s) {
    command("compile", "--model", s.quantizedModel.toString(), "--output",
        s.settings.design().toString(), "--force");
  }

  /**
   * Calibrates the design and writes hardware.json. Its programming settings are the device
   * profile's, as with {@code cimc simulate --design DIR --write-hardware}, so the RTL pulse
   * registers reset to the settings the compiled device was programmed with.
   */
  private void calibrate(FlowState s) {
    Path design = s.settings.design();
    CompiledDesign compiled = DesignFolder.read(design);
    Mlp network = QuantizedModelFile.read(s.quantizedModel).dequantized();
    Mnist mnist = Mnist.loadShipped();
    int count = Math.min(s.settings.calibrationImages(), mnist.train().size());
    Calibration.Settings settings = new Calibration.Settings(ADCS_PER_ARRAY, ADC_BITS,
        ACTIVATION_BITS, PERCENTILE, PERCENTILE, new FolderProgramSource(design).pulses(),
        threads());
    HardwareSpec spec = Calibration.calibrate(compiled, network, mnist.train().pixels(), count,
        settings);
    HardwareSpecJson.write(spec, design.resolve("hardware.json"));
    Manifest.rehash(design);
    s.spec = spec;
    Dataset test = mnist.test();
    double golden = new GoldenModel(compiled, spec)
        .evaluate(test.pixels(), test.size(), 0, threads()).accuracy(test.labels());
    s.accuracy.put("golden model (as programmed, " + ADC_BITS + "-bit ADC)", golden);
  }

  /**
   * Runs {@code cimc vectors} on the design folder, so the pulse-response tables replay the
   * compiled device exactly as the command does.
   */
  private void vectors(FlowState s) {
    Path design = s.settings.design();
    command("vectors", "--design", design.toString(), "--out",
        design.resolve("vectors").toString(), "--images", Integer.toString(s.settings.images()),
        "--force");
  }

  private void rtl(FlowState s) {
    command("rtl", "--design", s.settings.design().toString(), "--force");
    Manifest.rehash(s.settings.design());
  }

  private void verify(FlowState s) {
    VerifyOptions options = new VerifyOptions(s.settings.design(), null, null,
        s.settings.images(), false, 3, true, null, 200_000, 3);
    s.verification = Verifier.verify(options,
        line -> out.println("cimc verify: " + line));
  }

  private static int threads() {
    return Runtime.getRuntime().availableProcessors();
  }
}
