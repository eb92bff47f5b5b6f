package cimc.verify;

import java.io.IOException;
import java.nio.file.Path;

/** Entry point for tests outside this package: a small synthetic design folder. */
public final class SyntheticDesigns {
  private SyntheticDesigns() {}

  /** Writes a 60-20-10 design with 3 vector images and its RTL; returns the folder. */
  public static Path write(Path dir) throws IOException {
    return SyntheticDesign.write(dir, new int[] {60, 20, 10}, 3, 11, 1).dir;
  }
}
