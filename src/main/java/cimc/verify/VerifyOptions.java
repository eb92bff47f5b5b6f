package cimc.verify;

import java.nio.file.Path;

/**
 * Settings of one verification run.
 *
 * @param designDir compiled design folder with hardware.json, maps/ and rtl/
 * @param vectorsDir golden vector folder; null means {@code designDir/vectors}
 * @param workDir build and log folder; null means {@code designDir/verify}
 * @param images images to check; 0 checks every image in the vector folder
 * @param full check all 10,000 MNIST test images, writing full vectors into the work folder
 *     when the vector folder contains fewer
 * @param seeds runs with randomized initial state ({@code +verilator+rand+reset+2}), each with
 *     its own seed and image order; at least 1
 * @param program also check write-verify programming against the pulse-response tables
 * @param trace FST waveform file of the first run, or null
 * @param timeoutCycles cycles one image or one program batch may take before the run fails
 * @param icarusImages images for the Icarus Verilog run; 0 skips it
 */
public record VerifyOptions(Path designDir, Path vectorsDir, Path workDir, int images, boolean full,
    int seeds,
    boolean program, Path trace, long timeoutCycles, int icarusImages) {
  public VerifyOptions {
    // The simulators run in the work folder, so a relative path would resolve against it.
    designDir = designDir.toAbsolutePath().normalize();
    vectorsDir = vectorsDir == null ? null : vectorsDir.toAbsolutePath().normalize();
    workDir = workDir == null ? null : workDir.toAbsolutePath().normalize();
    trace = trace == null ? null : trace.toAbsolutePath().normalize();
    if (images < 0) {
      throw new IllegalArgumentException("images must be 0 (all) or more, got " + images);
    }
    if (seeds < 1) {
      throw new IllegalArgumentException("seeds must be at least 1, got " + seeds);
    }
    if (timeoutCycles < 1) {
      throw new IllegalArgumentException("timeout must be at least 1 cycle, got "
          + timeoutCycles);
    }
  }

  public Path vectors() {
    return vectorsDir != null ? vectorsDir : designDir.resolve("vectors");
  }

  public Path work() {
    return workDir != null ? workDir : designDir.resolve("verify");
  }
}
