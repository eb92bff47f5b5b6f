package cimc.flow;

import cimc.CimcException;
import java.io.PrintStream;
import java.util.List;

/**
 * Runs the stages of {@code cimc flow} in order, printing a numbered progress line with each
 * stage's reason, its duration, and a diagnostic naming the stage when one fails. Later stages
 * only start when every earlier one succeeded, except the report, which also records a failed
 * verification.
 */
public final class Flow {
  private final List<FlowStage> stages;
  private final PrintStream out;

  public Flow(List<FlowStage> stages, PrintStream out) {
    this.stages = List.copyOf(stages);
    this.out = out;
  }

  /** Runs every stage; throws a {@link CimcException} naming the first stage that failed. */
  public void run(FlowState state) {
    for (int i = 0; i < stages.size(); i++) {
      FlowStage stage = stages.get(i);
      out.printf("cimc flow: [%d/%d] %s: %s%n", i + 1, stages.size(), stage.name(),
          stage.reason());
      long start = System.nanoTime();
      try {
        stage.work().run(state);
      } catch (CimcException e) {
        throw new CimcException("stage " + (i + 1) + " (" + stage.name() + ") failed: "
            + e.getMessage(), e);
      } catch (Exception e) {
        throw new CimcException("stage " + (i + 1) + " (" + stage.name() + ") failed: " + e,
            e);
      }
      out.printf("cimc flow: [%d/%d] %s done in %.1f s%n", i + 1, stages.size(), stage.name(),
          (System.nanoTime() - start) / 1e9);
    }
  }
}
