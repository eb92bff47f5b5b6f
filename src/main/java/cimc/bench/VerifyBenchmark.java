package cimc.bench;

import cimc.data.Dataset;
import cimc.data.Mnist;
import cimc.golden.GoldenModel;
import cimc.golden.VectorWriter;
import cimc.hw.CompiledDesign;
import cimc.hw.ConductanceGrid;
import cimc.hw.HardwareSpec;
import cimc.hw.HardwareSpecJson;
import cimc.io.AtomicOutput;
import cimc.rtl.gen.DefaultDesign;
import cimc.rtl.gen.RtlGenerator;
import cimc.rtl.gen.RtlParams;
import cimc.verify.TestbenchRun;
import cimc.verify.Verifier;
import cimc.verify.VerifyOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;

/**
 * RTL simulation throughput of the default design (784-128-64-10 on 48x48 arrays, 8 six-bit
 * ADCs per array). It measures Verilator images/s and cycles/s on MNIST test images, then
 * Icarus Verilog and the golden model on the same images, each as a ratio. The weights
 * are seeded random 4-bit codes, because the simulated cycle count of an image does not depend
 * on the weight values. The Verilator build is not timed.
 */
public final class VerifyBenchmark implements Benchmark {
  static final int VERILATOR_IMAGES = 2000;
  static final int ICARUS_IMAGES = 5;

  @Override
  public String name() {
    return "verify";
  }

  @Override
  public String summary() {
    return "RTL simulation throughput: Verilator, Icarus Verilog and the golden model";
  }

  @Override
  public void run(BenchContext context, PrintStream out) throws Exception {
    Path dir = Files.createTempDirectory("cimc-bench-verify");
    try {
      HardwareSpec spec = DefaultDesign.spec();
      Dataset test = Mnist.loadShipped().test();
      CompiledDesign design = writeDesign(dir, spec, test);
      out.println("building the Verilator testbench (not timed)");
      Verifier.Report report = Verifier.verify(new VerifyOptions(dir, null, null,
          VERILATOR_IMAGES, false, 1, false, null, 200_000, ICARUS_IMAGES), line -> { });
      TestbenchRun.Verdict verilator = report.runs().get(0).verdict();
      TestbenchRun.Verdict icarus = report.runs().get(1).verdict();
      double verilatorRate = verilator.passed() / verilator.seconds();
      double icarusRate = icarus.passed() / icarus.seconds();
      out.printf("verilator: %d images, %d cycles in %.2f s: %.0f images/s, %.2f M cycles/s%n",
          verilator.passed(), verilator.cycles(), verilator.seconds(), verilatorRate,
          verilator.cycles() / verilator.seconds() / 1e6);
      out.printf("icarus:    %d images in %.2f s: %.2f images/s%n", icarus.passed(),
          icarus.seconds(), icarusRate);
      out.printf("verilator / icarus: %.0fx%n", verilatorRate / icarusRate);
      double goldenRate = goldenRate(design, spec, test, context.threads());
      out.printf("golden model: %.0f images/s with %d threads; golden / verilator: %.0fx%n",
          goldenRate, context.threads(), goldenRate / verilatorRate);
      out.printf("all 10,000 test images in Verilator: about %.0f s at this rate%n",
          10_000 / verilatorRate);
      out.println(report.passed() ? "every checked image matched its golden vectors"
          : "MISMATCHES: the RTL disagrees with the golden model; see " + dir);
    } finally {
      AtomicOutput.deleteQuietly(dir);
    }
  }

  private static double goldenRate(CompiledDesign design, HardwareSpec spec, Dataset test,
      int threads) {
    GoldenModel model = new GoldenModel(design, spec);
    model.evaluate(test.pixels(), VERILATOR_IMAGES, 0, threads);
    long start = System.nanoTime();
    model.evaluate(test.pixels(), VERILATOR_IMAGES, 0, threads);
    return VERILATOR_IMAGES / ((System.nanoTime() - start) / 1e9);
  }

  /** Writes a verifiable design folder: spec, cells, vectors, RTL and a manifest. */
  private static CompiledDesign writeDesign(Path dir, HardwareSpec spec, Dataset test)
      throws IOException {
    int[] sizes = spec.sizes();
    Random random = new Random(1);
    byte[][] codes = new byte[sizes.length - 1][];
    float[][] biases = new float[sizes.length - 1][];
    double[] scales = new double[sizes.length - 1];
    for (int l = 0; l < codes.length; l++) {
      codes[l] = new byte[sizes[l] * sizes[l + 1]];
      for (int k = 0; k < codes[l].length; k++) {
        codes[l][k] = (byte) (random.nextInt(15) - 7);
      }
      biases[l] = new float[sizes[l + 1]];
      scales[l] = 0.05;
    }
    ConductanceGrid grid = new ConductanceGrid(1, 71, spec.levels(), spec.substeps());
    CompiledDesign design = CompiledDesign.ideal(sizes, spec.weightBits(), codes, scales,
        biases, spec.rows(), spec.cols(), grid);
    HardwareSpecJson.write(spec, dir.resolve("hardware.json"));
    Files.createDirectories(dir.resolve("maps"));
    for (int a = 0; a < design.placement().arrayCount(); a++) {
      StringBuilder text = new StringBuilder();
      for (int code : design.cellCodes(a)) {
        text.append(String.format("%02x%n", code));
      }
      Files.writeString(dir.resolve(String.format("maps/array_%03d_cond.hex", a)), text);
    }
    for (Map.Entry<String, String> file : RtlGenerator.files(RtlParams.from(spec)).entrySet()) {
      Path target = dir.resolve("rtl").resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue());
    }
    int[] indices = new int[VERILATOR_IMAGES];
    for (int n = 0; n < indices.length; n++) {
      indices[n] = n;
    }
    VectorWriter.write(dir.resolve("vectors"), true, design, spec, test.pixels(), test.labels(),
        new VectorWriter.Options(indices, new int[] {0}, 1, "benchmark", null));
    writeManifest(dir);
    return design;
  }

  private static void writeManifest(Path dir) throws IOException {
    StringBuilder files = new StringBuilder();
    for (String name : new String[] {"hardware.json", "rtl/cim_top.sv"}) {
      files.append(files.length() == 0 ? "" : ",\n").append("    \"").append(name)
          .append("\": \"").append(sha256(dir.resolve(name))).append('"');
    }
    Files.writeString(dir.resolve("manifest.json"), "{\n  \"files\": {\n" + files + "\n  }\n}\n");
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
