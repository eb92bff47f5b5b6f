package cimc.flow;

import cimc.hw.HardwareSpec;
import cimc.verify.Verifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Results that the stages of one flow run pass on to later stages and to the report. */
public final class FlowState {
  final FlowSettings settings;
  /** Test-set accuracy by model name, in the order the stages measured them. */
  final Map<String, Double> accuracy = new LinkedHashMap<>();
  final List<String> notes = new ArrayList<>();
  Path floatModel;
  Path quantizedModel;
  HardwareSpec spec;
  Verifier.Report verification;

  private FlowState(FlowSettings settings) {
    this.settings = settings;
  }

  public static FlowState start(FlowSettings settings) {
    return new FlowState(settings);
  }

  /** True when the verify stage ran and every simulator run passed. */
  public boolean verified() {
    return verification != null && verification.passed();
  }
}
