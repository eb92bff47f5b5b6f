package cimc.verify;

import cimc.CimcException;
import cimc.data.Dataset;
import cimc.data.Mnist;
import cimc.golden.VectorWriter;
import cimc.hw.CompiledDesign;
import cimc.hw.HardwareSpec;
import cimc.map.DesignFolder;
import cimc.map.FolderProgramSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Golden vectors of every MNIST test image for a full verification run, written once into the
 * work folder and reused while the design's hardware.json stays the same. Like
 * {@code cimc vectors --design}, the write-verify tables replay the compiled device.
 */
final class FullVectors {
  private FullVectors() {}

  /** Returns {@code work/vectors-full}, writing it first when missing or stale. */
  static Path ensure(Path design, HardwareSpec spec, Path work, Consumer<String> out) {
    Dataset test = Mnist.loadShipped().test();
    Path folder = work.resolve("vectors-full");
    if (Files.isRegularFile(folder.resolve("index.json"))) {
      try {
        if (Verifier.checkVectors(design, folder) == test.size()) {
          return folder;
        }
      } catch (CimcException stale) {
        out.accept("rewriting " + folder + ": " + stale.getMessage());
      }
    }
    out.accept("writing golden vectors of all " + test.size() + " test images to " + folder);
    CompiledDesign compiled = DesignFolder.read(design);
    int[] indices = new int[test.size()];
    for (int n = 0; n < indices.length; n++) {
      indices[n] = n;
    }
    int[] programArrays = new int[spec.layerCount()];
    for (int l = 0; l < programArrays.length; l++) {
      programArrays[l] = spec.tiling(l).firstArray();
    }
    FolderProgramSource program = new FolderProgramSource(design);
    VectorWriter.write(folder, true, compiled, spec, test.pixels(), test.labels(),
        new VectorWriter.Options(indices, programArrays, program.seed(), design.toString(),
            program));
    return folder;
  }
}
