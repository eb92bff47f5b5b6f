package cimc.rtl.eda;

import cimc.CimcException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places and routes a Yosys {@code synth_ice40 -json} netlist on an iCE40 UP5K with
 * nextpnr-ice40 and reads the maximum clock frequency and the device utilization from its log.
 */
public final class NextpnrIce40 {
  private static final long TIMEOUT_SECONDS = 900;
  private static final Pattern UTILIZATION =
      Pattern.compile("^Info:\\s+(\\w+):\\s+(\\d+)/\\s*(\\d+)\\s+(\\d+)%", Pattern.MULTILINE);
  private static final Pattern FMAX = Pattern.compile(
      "^Info: Max frequency for clock\\s+'([^']+)': ([0-9.]+) MHz", Pattern.MULTILINE);

  private NextpnrIce40() {}

  /** Cells of one kind used out of those the device has. */
  public record Use(int used, int available) {
    public boolean fits() {
      return used <= available;
    }
  }

  /**
   * A routed design: the maximum frequency in MHz per clock net as nextpnr names it (the last
   * report, after routing), and the use of each cell kind such as ICESTORM_LC and SB_IO.
   */
  public record Result(Map<String, Double> fmaxMhz, Map<String, Use> utilization, Path log) {}

  /**
   * Runs {@code nextpnr-ice40 --up5k}. Without a PCF, unconstrained I/O may go anywhere.
   *
   * @param packageName UP5K package, such as {@code sg48}
   * @param targetMhz clock frequency that timing is checked against, in MHz
   * @throws CimcException when the design does not fit (naming the cell kinds over 100 %), or
   *     on any other failure with the first error lines and the log path
   */
  public static Result run(Path workDir, Path json, Path pcf, String packageName,
      double targetMhz) {
    List<String> command = new ArrayList<>(List.of("nextpnr-ice40", "--up5k", "--package",
        packageName, "--json", json.toAbsolutePath().toString(), "--freq",
        Double.toString(targetMhz), "--asc", workDir.resolve("design.asc").toString()));
    if (pcf == null) {
      command.add("--pcf-allow-unconstrained");
    } else {
      command.addAll(List.of("--pcf", pcf.toAbsolutePath().toString()));
    }
    ToolProcess.Run run = ToolProcess.run(workDir, command, "nextpnr-ice40",
        workDir.resolve("nextpnr-ice40.log"), TIMEOUT_SECONDS);

    Map<String, Use> utilization = utilization(run.output());
    List<String> over = new ArrayList<>();
    utilization.forEach((kind, use) -> {
      if (!use.fits()) {
        over.add(kind + " " + use.used() + "/" + use.available());
      }
    });
    // SB_IO counts the I/O of the whole die, and small packages do not bond them all out. A
    // design can pass that count and still fail placement for lack of package pins.
    boolean unplaced = run.exitCode() != 0
        && (run.output().contains("not enough") || run.output().contains("Unable to find a "
            + "placement location"));
    if (!over.isEmpty() || unplaced) {
      String reason = over.isEmpty() ? ToolProcess.firstLines(run.output(), "ERROR")
          : String.join(", ", over) + " used/available";
      throw new CimcException("the design does not fit the iCE40 UP5K (" + packageName
          + "): " + reason + "; reduce the design or its I/O; full log: " + run.log());
    }
    if (run.exitCode() != 0) {
      throw ToolProcess.failure("nextpnr-ice40 place and route", run, "ERROR");
    }
    return new Result(fmax(run.output()), utilization, run.log());
  }

  static Map<String, Use> utilization(String log) {
    Map<String, Use> uses = new LinkedHashMap<>();
    Matcher m = UTILIZATION.matcher(log);
    while (m.find()) {
      uses.put(m.group(1), new Use(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }
    return uses;
  }

  /** Later reports replace earlier ones, so the post-route figure wins. */
  static Map<String, Double> fmax(String log) {
    Map<String, Double> fmax = new LinkedHashMap<>();
    Matcher m = FMAX.matcher(log);
    while (m.find()) {
      fmax.put(m.group(1), Double.parseDouble(m.group(2)));
    }
    return fmax;
  }
}
