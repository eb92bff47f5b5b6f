package cimc.rtl.gen;

import cimc.hw.HardwareSpec;
import cimc.hw.HardwareSpecJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The default design: 784-128-64-10 on 48x48 arrays, 8 ADCs of 6 bits per array, 8 device
 * levels of 8 substeps (codes 0..56), 4-bit weights, 1-bit inputs and 4-bit activations.
 *
 * <p>Its integers are the {@code hardware.json} that {@code ./cimc flow} calibrates for the
 * default trained network (seed 1, z = 3) with the shipped device profile's pulse settings,
 * kept as the resource {@code designs/default/hardware.json}. The committed {@code rtl/} and
 * {@code constraints/} folders are generated from it; after a change to the default network,
 * training, calibration or device profile, copy {@code out/flow/design/hardware.json} of a
 * fresh {@code ./cimc flow} run over the resource and run {@code ./cimc rtl --out . --force
 * --ice40}.
 */
public final class DefaultDesign {
  static final String RESOURCE = "/designs/default/hardware.json";

  private DefaultDesign() {}

  public static HardwareSpec spec() {
    try (InputStream in = DefaultDesign.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
      }
      return HardwareSpecJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
          RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static RtlParams params() {
    return RtlParams.from(spec());
  }
}
