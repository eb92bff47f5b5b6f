package cimc.verify;

import cimc.CimcException;
import cimc.hw.HardwareSpec;
import cimc.hw.HardwareSpecJson;
import cimc.map.DesignFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Verifies a compiled design's RTL against its golden vectors. It builds the Verilator
 * testbench and runs the images once in order, then once per extra seed with randomized initial
 * state and another image order (reversed, or each image twice). It optionally checks
 * write-verify programming and runs a few images on Icarus Verilog as a second simulator.
 */
public final class Verifier {
  /** Images of each extra-seed run; enough to see state leak between images, and fast. */
  static final int SEED_RUN_IMAGES = 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One simulator run and its verdict. */
  public record Run(String name, String simulator, List<String> args, TestbenchRun.Verdict verdict) {}

  /** All runs of a verification; it passed when every run passed. */
  public record Report(HardwareSpec spec, int images, List<Run> runs, boolean rebuilt,
      Path buildLog) {
    public boolean passed() {
      return !runs.isEmpty() && runs.stream().allMatch(r -> r.verdict().ok());
    }
  }

  private Verifier() {}

  /** Runs the whole verification; progress and mismatch lines go to {@code out}. */
  public static Report verify(VerifyOptions options, Consumer<String> out) {
    Path design = options.designDir();
    DesignCheck.require(design, "manifest.json");
    DesignFolder.verify(design);
    List<Path> rtl = DesignCheck.rtlFiles(design);
    HardwareSpec spec = HardwareSpecJson.read(DesignCheck.require(design, "hardware.json"));
    Path vectors = options.full() ? FullVectors.ensure(design, spec, options.work(), out)
        : options.vectors();
    int available = checkVectors(design, vectors);
    int images = options.full() ? available : imageCount(options, available);
    RegisterLayout registers = RtlRegisters.layout(spec);

    Path work = options.work();
    Path testbench = TestbenchSources.locate();
    TestbenchWriter writer = new TestbenchWriter(spec, registers);
    Map<String, String> generated = new LinkedHashMap<>();
    generated.put("design_params.cc", writer.designParams(design, options.vectors()));
    generated.put("tb_main.cc", writer.main());
    out.accept("building the Verilator testbench in " + work);
    VerilatorBuild.Result build = VerilatorBuild.build(testbench, work, rtl, generated,
        options.trace() != null);
    out.accept(build.rebuilt() ? "built " + build.binary() : "reusing " + build.binary());

    List<Run> runs = new ArrayList<>();
    for (RunPlan plan : plans(options, images)) {
      runs.add(runOne(plan, build.binary(), vectors, work, out));
    }
    if (options.icarusImages() > 0) {
      runs.add(IcarusBench.run(spec, registers, design, rtl, vectors, work,
          Math.min(options.icarusImages(), images), out));
    }
    return new Report(spec, images, runs, build.rebuilt(), build.log());
  }

  private record RunPlan(String name, List<String> args, long timeoutCycles, int images) {}

  private static List<RunPlan> plans(VerifyOptions options, int images) {
    List<RunPlan> plans = new ArrayList<>();
    List<String> first = new ArrayList<>(List.of("--images", Integer.toString(images),
        "+verilator+rand+reset+2", "+verilator+seed+1"));
    if (options.trace() != null) {
      first.addAll(List.of("--trace", options.trace().toAbsolutePath().toString()));
    }
    plans.add(new RunPlan("inference", first, options.timeoutCycles(), images));
    int seedImages = Math.min(images, SEED_RUN_IMAGES);
    for (int seed = 2; seed <= options.seeds(); seed++) {
      String order = seed % 2 == 0 ? "reverse" : "repeat";
      plans.add(new RunPlan("seed " + seed + ", " + order + " order",
          List.of("--images", Integer.toString(seedImages), "--order", order,
              "+verilator+rand+reset+2", "+verilator+seed+" + seed),
          options.timeoutCycles(), seedImages));
    }
    if (options.program()) {
      plans.add(new RunPlan("program", List.of("--program", "+verilator+rand+reset+2",
          "+verilator+seed+1"), options.timeoutCycles(), 0));
    }
    return plans;
  }

  private static Run runOne(RunPlan plan, Path binary, Path vectors, Path work,
      Consumer<String> out) {
    List<String> args = new ArrayList<>(plan.args());
    args.addAll(List.of("--timeout", Long.toString(plan.timeoutCycles()), "--vectors",
        vectors.toAbsolutePath().toString()));
    Path log = work.resolve("run_" + plan.name().replaceAll("[^A-Za-z0-9]+", "_") + ".log");
    // Wall-clock guard far above any honest run: a second per image plus ten minutes.
    Duration limit = Duration.ofSeconds(600L + Math.max(plan.images(), 1));
    out.accept("running " + plan.name() + " (" + String.join(" ", args) + ")");
    TestbenchRun.Verdict verdict = TestbenchRun.run(binary, args, work, log, limit, out);
    out.accept(String.format("%s: %d passed, %d failed, %d cycles in %.1f s%s", plan.name(),
        verdict.passed(), verdict.failed(), verdict.cycles(), verdict.seconds(),
        verdict.timedOut() ? " (stopped at the wall-clock limit)" : ""));
    return new Run(plan.name(), "verilator", args, verdict);
  }

  private static int imageCount(VerifyOptions options, int available) {
    if (options.images() == 0) {
      return available;
    }
    if (options.images() > available) {
      throw new CimcException("the vector folder " + options.vectors() + " contains " + available
          + " images, fewer than the " + options.images() + " requested; regenerate it with "
          + "'cimc vectors --design " + options.designDir() + " --out " + options.vectors()
          + " --images " + options.images() + "' or ask for fewer images");
    }
    return options.images();
  }

  /** Checks index.json against the design's hardware.json; returns the number of images. */
  static int checkVectors(Path design, Path vectors) {
    Path index = vectors.resolve("index.json");
    if (!Files.isRegularFile(index)) {
      throw new CimcException("golden vectors not found: " + index + " is missing; run 'cimc "
          + "vectors --design " + design + " --out " + vectors + "' first");
    }
    JsonNode root;
    try {
      root = JSON.readTree(index.toFile());
    } catch (IOException e) {
      throw new CimcException("cannot read " + index + ": " + e.getMessage()
          + "; regenerate the vectors with 'cimc vectors'", e);
    }
    String expected = sha256(design.resolve("hardware.json"));
    String recorded = root.path("hardwareSha256").asText("");
    if (!expected.equalsIgnoreCase(recorded)) {
      throw new CimcException("the vectors in " + vectors + " were made from another "
          + "hardware.json (SHA-256 " + abbreviate(recorded) + ", design has "
          + abbreviate(expected) + "); regenerate them with 'cimc vectors --design " + design
          + " --out " + vectors + " --force'");
    }
    int images = root.path("images").asInt(-1);
    if (images < 1) {
      throw new CimcException(index + " gives no image count; regenerate the vectors");
    }
    return images;
  }

  private static String abbreviate(String hash) {
    return hash.isEmpty() ? "none" : hash.substring(0, Math.min(12, hash.length()));
  }

  static String sha256(Path file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new CimcException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** Lists a folder's files with one of the given extensions, sorted by name. */
  static List<Path> listFiles(Path dir, String... extensions) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> Stream.of(extensions).anyMatch(e -> f.toString().endsWith(e)))
          .sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new CimcException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }
}
