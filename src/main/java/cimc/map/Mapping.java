package cimc.map;

import java.util.Locale;

/** Scheme that turns signed weight codes into cell levels. */
public enum Mapping {
  /**
   * Two cells per weight on adjacent columns: code q becomes levels (max(q, 0), max(-q, 0)) on
   * (G+, G-), and the periphery subtracts the two column currents.
   */
  DIFFERENTIAL,
  /**
   * One cell per weight holding {@code q + offset} levels with {@code offset = 2^(bits-1) - 1},
   * and per array one shared reference column programmed to the offset level on every used row;
   * the periphery subtracts the reference column current from each weight column.
   */
  OFFSET;

  /** Parses the option value, case-insensitive; returns null for an unknown name. */
  public static Mapping parse(String text) {
    for (Mapping m : values()) {
      if (m.name().equalsIgnoreCase(text.trim())) {
        return m;
      }
    }
    return null;
  }

  /** The lower-case name used in files and options. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
