package cimc.golden;

import cimc.hw.CompiledDesign;
import cimc.hw.HardwareSpec;
import cimc.hw.HardwareSpecJson;
import cimc.hw.LayerTiling;
import cimc.hw.PulseConfig;
import cimc.io.AtomicOutput;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a golden test-vector folder in the layout of docs/golden-vectors.md: input words, ADC
 * beats in hardware order, layer outputs, classes, conductance codes and write-verify
 * pulse-response tables, plus {@code index.json} with counts, widths and SHA-256 sums. The
 * output depends only on its arguments.
 */
public final class VectorWriter {
  /** Value of the {@code format} key of {@code index.json}. */
  public static final String FORMAT = "cimc-vectors";
  /** Version of the vector folder layout. */
  public static final int VERSION = 1;
  /** 32-bit words per write-verify job in {@code prog_jobs.hex}. */
  public static final int JOB_WORDS = 10;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private VectorWriter() {}

  /**
   * Choice of images and programming jobs.
   *
   * @param testIndices test-set index of each image to write, in output order
   * @param programArrays arrays whose used cells get write-verify jobs, or null for every array
   * @param seed seed of the pulse-response tables, recorded in the index: a design folder's
   *     programming seed, or the seed of the stand-in cell model when {@code program} is null
   * @param designName what the index records as the design's origin
   * @param program source of the pulse-response tables, or null for a
   *     {@link StandInProgramSource} seeded with {@code seed}, for designs without a device
   *     (a quantized model mapped ideally, or a synthetic test design)
   */
  public record Options(int[] testIndices, int[] programArrays, long seed, String designName,
      ProgramSource program) {
  }

  /**
   * Writes the folder {@code out} atomically; an existing folder is replaced only with
   * {@code force}.
   *
   * @param pixels 0/1 test pixels, {@code inputs} per image, indexed by test index
   * @param labels test labels, indexed by test index
   */
  public static void write(Path out, boolean force, CompiledDesign design, HardwareSpec spec,
      byte[] pixels, byte[] labels, Options options) {
    GoldenModel model = new GoldenModel(design, spec);
    AtomicOutput.writeFolder(out, force, folder -> fill(folder, model, design, spec, pixels,
        labels, options));
  }

  private static void fill(Path folder, GoldenModel model, CompiledDesign design,
      HardwareSpec spec, byte[] pixels, byte[] labels, Options options) throws IOException {
    ObjectNode files = MAPPER.createObjectNode();
    String hardware = HardwareSpecJson.toJson(spec);
    byte[] hardwareBytes = hardware.getBytes(StandardCharsets.UTF_8);
    Files.write(folder.resolve("hardware.json"), hardwareBytes);
    ObjectNode hw = files.putObject("hardware.json");
    hw.put("lines", hardware.lines().count());
    hw.put("sha256", HexFile.sha256(hardwareBytes));

    List<HexFile> hex = new ArrayList<>();
    hex.add(cells(design, spec));
    hex.addAll(inference(model, spec, pixels, labels, options.testIndices()));
    ProgramSource source = options.program() != null ? options.program()
        : new StandInProgramSource(design, spec, options.seed());
    ProgramTables program = ProgramTables.build(spec, options.programArrays(), source);
    hex.addAll(program.files());
    for (HexFile f : hex) {
      ObjectNode entry = files.putObject(f.name());
      entry.put("lines", f.lines());
      entry.put("width", f.width());
      entry.put("sha256", f.write(folder));
    }
    ObjectNode index = index(spec, options, HexFile.sha256(hardwareBytes), program);
    index.set("files", files);
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
    printer.indentArraysWith(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
    String json = MAPPER.writer(printer).writeValueAsString(index) + "\n";
    Files.writeString(folder.resolve("index.json"), json, StandardCharsets.UTF_8);
  }

  private static HexFile cells(CompiledDesign design, HardwareSpec spec) {
    HexFile cells = new HexFile("cells.hex", spec.codeBits());
    for (int a = 0; a < spec.placement().arrayCount(); a++) {
      for (int code : design.cellCodes(a)) {
        cells.add(code);
      }
    }
    return cells;
  }

  private static List<HexFile> inference(GoldenModel model, HardwareSpec spec, byte[] pixels,
      byte[] labels, int[] indices) {
    int inputs = spec.sizes()[0];
    int n = spec.adcsPerArray();
    int b = spec.adcBits();
    HexFile words = new HexFile("inputs.hex", HardwareSpec.INPUT_WORD_BITS);
    HexFile beats = new HexFile("adc_codes.hex", n * b);
    HexFile acts = new HexFile("activations.hex", spec.activationValueBits());
    HexFile classes = new HexFile("classes.hex", spec.classBits());
    HexFile labelFile = new HexFile("labels.hex", spec.classBits());
    for (int index : indices) {
      int offset = index * inputs;
      for (int w = 0; w < spec.inputWords(); w++) {
        long word = 0;
        for (int bit = 0; bit < HardwareSpec.INPUT_WORD_BITS; bit++) {
          int i = w * HardwareSpec.INPUT_WORD_BITS + bit;
          if (i < inputs && pixels[offset + i] != 0) {
            word |= 1L << bit;
          }
        }
        words.add(word);
      }
      GoldenTrace trace = model.trace(pixels, offset, index);
      int[] codes = trace.adcCodes();
      for (int beat = 0; beat < codes.length / n; beat++) {
        beats.add(packBeat(codes, beat * n, n, b));
      }
      for (long[] layer : trace.outputs()) {
        for (long v : layer) {
          acts.add(v);
        }
      }
      classes.add(trace.predictedClass());
      labelFile.add(labels[index]);
    }
    return List.of(words, beats, acts, classes, labelFile);
  }

  /** Packs ADC n's signed code into bits {@code [n*B +: B]} as B-bit two's complement. */
  static BigInteger packBeat(int[] codes, int start, int adcs, int bits) {
    BigInteger packed = BigInteger.ZERO;
    long mask = (1L << bits) - 1;
    for (int a = adcs - 1; a >= 0; a--) {
      packed = packed.shiftLeft(bits).or(BigInteger.valueOf(codes[start + a] & mask));
    }
    return packed;
  }

  private static ObjectNode index(HardwareSpec spec, Options options, String hardwareSha,
      ProgramTables program) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("design", options.designName());
    root.put("hardwareSha256", hardwareSha);
    root.put("images", options.testIndices().length);
    ArrayNode indices = root.putArray("testIndices");
    for (int i : options.testIndices()) {
      indices.add(i);
    }
    root.put("seed", options.seed());
    root.put("noise", 0.0);
    PulseConfig pulses = spec.pulses();
    ObjectNode widths = root.putObject("widths");
    widths.put("conductanceCode", spec.codeBits());
    widths.put("inputWord", HardwareSpec.INPUT_WORD_BITS);
    widths.put("adcBeat", spec.adcsPerArray() * spec.adcBits());
    widths.put("adcCode", spec.adcBits());
    widths.put("activationValue", spec.activationValueBits());
    widths.put("classIndex", spec.classBits());
    widths.put("pulse", pulses.ampBits() + 1);
    widths.put("jobWord", 32);
    ObjectNode perImage = root.putObject("perImage");
    perImage.put("inputWords", spec.inputWords());
    perImage.put("adcBeats", spec.adcBeatsPerImage());
    ArrayNode beatsPerLayer = perImage.putArray("adcBeatsPerLayer");
    ArrayNode actsPerLayer = perImage.putArray("activationsPerLayer");
    int total = 0;
    for (int l = 0; l < spec.layerCount(); l++) {
      beatsPerLayer.add(beats(spec, l));
      actsPerLayer.add(spec.tiling(l).outputs());
      total += spec.tiling(l).outputs();
    }
    perImage.put("activations", total);
    ObjectNode prog = root.putObject("program");
    prog.put("jobs", program.jobs());
    prog.put("jobWords", JOB_WORDS);
    prog.put("reads", program.reads());
    prog.put("pulses", program.pulses());
    prog.put("fails", program.fails());
    return root;
  }

  static int beats(HardwareSpec spec, int l) {
    LayerTiling t = spec.tiling(l);
    int beats = 0;
    for (int ct = 0; ct < t.colTiles(); ct++) {
      int groups = (t.pairsUsed(ct) + spec.adcsPerArray() - 1) / spec.adcsPerArray();
      beats += t.rowTiles() * spec.layer(l).inputBits() * groups;
    }
    return beats;
  }
}
