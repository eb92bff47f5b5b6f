package cimc.device;

import cimc.CimcException;
import cimc.hw.ConductanceGrid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measured per-level statistics of programmed cells, read from CSV lines
 * {@code level,target_us,mean_us,sigma_us}: the level index, its target conductance, and the
 * mean and standard deviation of the conductance measured after write-verify programming, all
 * in microsiemens. An optional first line that starts with {@code level} is a header; blank
 * lines and lines starting with {@code #} are skipped.
 */
public record MeasuredLevels(List<Level> levels) {
  /** One measured level. */
  public record Level(int level, double targetMicrosiemens, double meanMicrosiemens,
      double sigmaMicrosiemens) {}

  public MeasuredLevels {
    levels = List.copyOf(levels);
  }

  /** Reads and checks a CSV against the levels of {@code profile}. */
  public static MeasuredLevels read(Path file, DeviceProfile profile) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CimcException("measured level CSV " + file + " not found");
    } catch (IOException e) {
      throw new CimcException("cannot read measured level CSV " + file + ": " + e.getMessage());
    }
    return parse(lines, file.toString(), profile.grid());
  }

  /** Parses CSV lines; {@code source} names the file in error messages. */
  public static MeasuredLevels parse(List<String> lines, String source, ConductanceGrid grid) {
    List<Level> levels = new ArrayList<>();
    boolean[] seen = new boolean[grid.levels()];
    for (int n = 0; n < lines.size(); n++) {
      String text = lines.get(n).trim();
      if (text.isEmpty() || text.startsWith("#") || (n == 0 && text.startsWith("level"))) {
        continue;
      }
      Level level = parseLine(text, source, n + 1, grid);
      if (seen[level.level()]) {
        throw error(source, n + 1, "level " + level.level() + " appears twice; give each"
            + " level once");
      }
      seen[level.level()] = true;
      levels.add(level);
    }
    if (levels.isEmpty()) {
      throw new CimcException("measured level CSV " + source + " has no data lines; expected"
          + " lines level,target_us,mean_us,sigma_us");
    }
    return new MeasuredLevels(levels);
  }

  private static Level parseLine(String text, String source, int line, ConductanceGrid grid) {
    String[] f = text.split(",", -1);
    if (f.length != 4) {
      throw error(source, line, "expected 4 fields level,target_us,mean_us,sigma_us, got "
          + f.length + " in '" + text + "'");
    }
    int level;
    try {
      level = Integer.parseInt(f[0].trim());
    } catch (NumberFormatException e) {
      throw error(source, line, "level '" + f[0].trim() + "' is not an integer");
    }
    if (level < 0 || level >= grid.levels()) {
      throw error(source, line, "level " + level + " is outside the device's levels 0.."
          + (grid.levels() - 1));
    }
    double target = number(f[1], "target_us", source, line);
    double mean = number(f[2], "mean_us", source, line);
    double sigma = number(f[3], "sigma_us", source, line);
    if (Math.abs(target - grid.levelConductance(level)) > grid.codeStep() / 2) {
      throw error(source, line, "target " + target + " uS of level " + level
          + " does not match the device profile's " + grid.levelConductance(level)
          + " uS; measure against the profile's levels or fix Gmin, Gmax and levels");
    }
    if (sigma < 0) {
      throw error(source, line, "sigma_us " + sigma + " is negative");
    }
    return new Level(level, target, mean, sigma);
  }

  private static double number(String field, String name, String source, int line) {
    try {
      double v = cimc.Numbers.parseDecimal(field);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error(source, line, name + " '" + field.trim() + "' is not a finite number");
  }

  private static CimcException error(String source, int line, String message) {
    return new CimcException("malformed measured level CSV " + source + " line " + line + ": "
        + message);
  }
}
