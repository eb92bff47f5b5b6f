package cimc.study;

/** Summary statistics of small samples. */
final class Stats {
  private Stats() {}

  static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /** Sample standard deviation, dividing by n − 1; 0 for fewer than two values. */
  static double sampleStd(double[] values) {
    if (values.length < 2) {
      return 0;
    }
    double mean = mean(values);
    double sum = 0;
    for (double v : values) {
      sum += (v - mean) * (v - mean);
    }
    return Math.sqrt(sum / (values.length - 1));
  }
}
