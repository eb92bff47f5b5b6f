package cimc.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.cli.Main;
import cimc.data.Mnist;
import cimc.device.DeviceProfileFile;
import cimc.golden.PulseTrace;
import cimc.hw.HardwareSpec;
import cimc.hw.HardwareSpecJson;
import cimc.hw.PulseConfig;
import cimc.map.DesignFolder;
import cimc.map.FolderProgramSource;
import cimc.nn.Mlp;
import cimc.nn.Trainer;
import cimc.nn.TrainingConfig;
import cimc.quant.QuantizedModelFile;
import cimc.quant.Quantizer;
import cimc.quant.SigmaClip;
import cimc.rtl.gen.ControllerRegisters;
import cimc.rtl.gen.RtlParams;
import cimc.rtl.regs.Field;
import cimc.rtl.regs.Register;
import cimc.rtl.regs.RegisterMap;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compile, calibrate and vectors stages of the flow on a small trained network: hardware.json
 * carries the device profile's pulse settings, the RTL pulse registers reset to them, and the
 * write-verify tables are the compiled device's own traces, written by the same code as
 * {@code cimc vectors --design}.
 */
class FlowProgramTablesTest {
  @TempDir
  static Path dir;
  private static Path design;

  @BeforeAll
  static void runStages() {
    Mnist mnist = Mnist.loadShipped(Path.of("").toAbsolutePath());
    Mlp small = Trainer.train(TrainingConfig.defaults().withHiddenSizes(List.of(16))
        .withEpochs(1).withThreads(2), mnist.train().first(2_000), null);
    Path model = dir.resolve("small.cimq");
    QuantizedModelFile.write(Quantizer.quantize(small, 4, SigmaClip.of(3, false),
        "0".repeat(64)), model);
    FlowSettings settings = new FlowSettings(dir.resolve("flow"), 1, 3, 4, 2, 200, false);
    FlowState state = FlowState.start(settings);
    state.quantizedModel = model;
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8);
    for (FlowStage stage : new FlowStages(Main::run, quiet).all()) {
      if (List.of("compile", "calibrate", "vectors").contains(stage.name())) {
        new Flow(List.of(stage), quiet).run(state);
      }
    }
    design = settings.design();
  }

  @Test
  void hardwarePulsesFromDevice() {
    PulseConfig device = FolderProgramSource.pulseConfig(
        DesignFolder.deviceProfile(design, DesignFolder.verify(design)));
    HardwareSpec spec = HardwareSpecJson.read(design.resolve("hardware.json"));
    assertEquals(device, spec.pulses());
    assertEquals(FolderProgramSource.pulseConfig(DeviceProfileFile.defaultProfile()),
        spec.pulses());
    assertEquals(new PulseConfig(90, 110, 5, 180, 8, 10, 64, 2), spec.pulses());
  }

  @Test
  void rtlRegistersResetToDevice() {
    HardwareSpec spec = HardwareSpecJson.read(design.resolve("hardware.json"));
    PulseConfig device = new FolderProgramSource(design).pulses();
    RegisterMap map = ControllerRegisters.create(RtlParams.from(spec));
    Map<String, Long> resets = new HashMap<>();
    Map<String, Integer> widths = new HashMap<>();
    for (Register register : map.registers()) {
      for (Field field : register.fields()) {
        resets.put(register.name() + "." + field.name(), field.reset());
        widths.put(register.name() + "." + field.name(), field.width());
      }
    }
    assertEquals(device.setStart(), resets.get("PULSE_CFG_AMP.set_start"));
    assertEquals(device.resetStart(), resets.get("PULSE_CFG_AMP.reset_start"));
    assertEquals(device.ampStep(), resets.get("PULSE_CFG_AMP.step"));
    assertEquals(device.ampMax(), resets.get("PULSE_CFG_AMP.max"));
    assertEquals(device.widthCycles(), resets.get("PULSE_CFG_TIME.width"));
    assertEquals(device.budget(), resets.get("PULSE_CFG_TIME.budget"));
    assertEquals(8, widths.get("PULSE_CFG_AMP.max"), "amplitude codes up to 180 need 8 bits");
    assertEquals(8, RtlParams.from(spec).ampBits());
  }

  @Test
  void tablesEqualFolderTraces() throws Exception {
    Path vectors = design.resolve("vectors");
    List<String> jobs = Files.readAllLines(vectors.resolve("prog_jobs.hex"));
    List<String> reads = Files.readAllLines(vectors.resolve("prog_reads.hex"));
    List<String> pulses = Files.readAllLines(vectors.resolve("prog_pulses.hex"));
    FolderProgramSource source = new FolderProgramSource(design);
    int ampBits = source.pulses().ampBits();
    int count = jobs.size() / 10;
    int pulseCount = 0;
    for (int j = 0; j < count; j++) {
      long[] w = new long[10];
      for (int k = 0; k < 10; k++) {
        w[k] = Long.parseLong(jobs.get(10 * j + k), 16);
      }
      int a = (int) w[0];
      int r = (int) w[1];
      int c = (int) w[2];
      PulseTrace t = source.trace(a, r, c, source.level(a, r, c));
      String cell = "cell (" + a + ", " + r + ", " + c + ")";
      assertEquals(t.job().lo(), w[3], cell + " window lo");
      assertEquals(t.job().hi(), w[4], cell + " window hi");
      assertEquals(t.pulses(), w[5], cell + " pulses");
      assertEquals(t.pass() ? 1 : 0, w[6], cell + " status");
      assertEquals(t.finalCode(), w[7], cell + " final code");
      int[] tableReads = new int[t.pulses() + 1];
      for (int k = 0; k < tableReads.length; k++) {
        tableReads[k] = Integer.parseInt(reads.get((int) w[8] + k), 16);
      }
      assertArrayEquals(t.reads(), tableReads, cell + " reads");
      for (int p = 0; p < t.pulses(); p++) {
        int line = Integer.parseInt(pulses.get((int) w[9] + p), 16);
        assertEquals(t.set()[p], (line >> ampBits) == 1, cell + " pulse " + p + " polarity");
        assertEquals(t.amplitudes()[p], line & ((1 << ampBits) - 1),
            cell + " pulse " + p + " amplitude");
      }
      pulseCount += t.pulses();
    }
    assertEquals(48 * 32 + 16 * 20, count, "used cells of the first array of each layer");
    assertTrue(pulseCount > 1000, "pulses compared: " + pulseCount);
  }

  @Test
  void flowVectorsEqualCommand() throws Exception {
    Path command = dir.resolve("command-vectors");
    assertEquals(0, Main.run("vectors", "--design", design.toString(), "--out",
        command.toString(), "--images", "2"));
    Path flow = design.resolve("vectors");
    try (Stream<Path> files = Files.list(flow)) {
      List<Path> list = files.toList();
      assertEquals(11, list.size(), list.toString());
      for (Path f : list) {
        assertArrayEquals(Files.readAllBytes(f),
            Files.readAllBytes(command.resolve(f.getFileName())), f.getFileName().toString());
      }
    }
  }
}
