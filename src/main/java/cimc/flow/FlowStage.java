package cimc.flow;

/**
 * One step of {@code cimc flow}: a name, the one-line reason it runs at this point, and the
 * work. The work throws {@link cimc.CimcException} (or returns normally) so that the driver can
 * stop with a diagnostic between stages.
 */
public record FlowStage(String name, String reason, Work work) {
  /** The work of a stage. */
  @FunctionalInterface
  public interface Work {
    void run(FlowState state) throws Exception;
  }
}
