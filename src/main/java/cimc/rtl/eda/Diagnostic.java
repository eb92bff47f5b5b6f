package cimc.rtl.eda;

/** One located tool message, such as {@code %Warning-WIDTH: top.sv:12:5: ...} from Verilator. */
public record Diagnostic(String severity, String code, String file, int line, String message) {
  @Override
  public String toString() {
    return "%" + severity + (code.isEmpty() ? "" : "-" + code) + ": " + file + ":" + line + ": "
        + message;
  }
}
