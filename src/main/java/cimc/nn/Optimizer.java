package cimc.nn;

import java.util.Locale;

/** Update rule applied to the mean gradient of each mini-batch. */
public enum Optimizer {
  /**
   * Adam with beta1 0.9, beta2 0.999 and epsilon 1e-8, bias-corrected:
   * {@code w -= lr * mHat / (sqrt(vHat) + eps)}.
   */
  ADAM,
  /** SGD with momentum in the heavy-ball form {@code v = momentum * v + g; w -= lr * v}. */
  SGD;

  /** Parses {@code adam} or {@code sgd}, ignoring case; returns null for anything else. */
  public static Optimizer parse(String text) {
    for (Optimizer optimizer : values()) {
      if (optimizer.name().equalsIgnoreCase(text.trim())) {
        return optimizer;
      }
    }
    return null;
  }

  /** Returns the lowercase name used on the command line and in model files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
