package cimc.cli;

import java.io.IOException;

/**
 * One step of {@code cimc compile}. Stages run in order, all inside the temporary output folder
 * that is moved into place only after the last one and the manifest succeed.
 */
interface CompileStage {
  /** Short name, printed as the stage runs. */
  String name();

  /** One line on why the stage exists. */
  String reason();

  /**
   * Whether the stage needs the differential mapping. Such stages are skipped, with a note, when
   * the design uses another mapping, because the golden model and the RTL support only that one.
   */
  boolean differentialOnly();

  void run(CompileContext context) throws IOException;

  /** Creates a stage from its parts. */
  static CompileStage of(String name, String reason, boolean differentialOnly, Body body) {
    return new CompileStage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String reason() {
        return reason;
      }

      @Override
      public boolean differentialOnly() {
        return differentialOnly;
      }

      @Override
      public void run(CompileContext context) throws IOException {
        body.run(context);
      }
    };
  }

  /** The work of a stage. */
  @FunctionalInterface
  interface Body {
    void run(CompileContext context) throws IOException;
  }
}
