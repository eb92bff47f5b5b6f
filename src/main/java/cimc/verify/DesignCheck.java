package cimc.verify;

import cimc.CimcException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks that a compiled design folder has what verification needs, before any tool runs. */
final class DesignCheck {
  private DesignCheck() {}

  /** Returns {@code design/name}, failing with the command that creates it when missing. */
  static Path require(Path design, String name) {
    if (!Files.isDirectory(design)) {
      throw new CimcException("design folder " + design + " not found; create it with "
          + "'cimc compile' or 'cimc flow'");
    }
    Path file = design.resolve(name);
    if (!Files.exists(file)) {
      throw new CimcException("design folder " + design + " is incomplete: " + name
          + " is missing; " + creator(name));
    }
    return file;
  }

  /** Verilog sources under {@code design/rtl}, sorted by name. */
  static List<Path> rtlFiles(Path design) {
    Path rtl = require(design, "rtl");
    List<Path> files = Verifier.listFiles(rtl, ".sv", ".v");
    if (files.isEmpty()) {
      throw new CimcException("design folder " + design + " is incomplete: rtl/ has no .sv or"
          + " .v files; run 'cimc rtl --design " + design + "'");
    }
    return files;
  }

  private static String creator(String name) {
    return switch (name) {
      case "hardware.json" -> "run the golden calibration ('cimc vectors' or 'cimc flow')";
      case "rtl" -> "run 'cimc rtl' on the design";
      default -> "recompile the design with 'cimc compile'";
    };
  }
}
