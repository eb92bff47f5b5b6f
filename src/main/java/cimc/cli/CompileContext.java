package cimc.cli;

import cimc.device.DeviceProfile;
import cimc.hw.CompiledDesign;
import cimc.map.CompileSettings;
import cimc.map.FileSink;
import cimc.map.ProgrammedDesign;
import cimc.map.QuantizedWeights;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;

/**
 * State shared by the stages of {@code cimc compile}: the parsed options, the inputs, the
 * temporary folder being filled, and the programmed design once the map stage has run.
 */
final class CompileContext {
  final CommandLine line;
  final QuantizedWeights weights;
  final DeviceProfile profile;
  final CompileSettings settings;
  /** The temporary output folder; every stage writes its files here. */
  final Path folder;
  final FileSink sink;
  private ProgrammedDesign design;

  CompileContext(CommandLine line, QuantizedWeights weights, DeviceProfile profile,
      CompileSettings settings, Path folder, FileSink sink) {
    this.line = line;
    this.weights = weights;
    this.profile = profile;
    this.settings = settings;
    this.folder = folder;
    this.sink = sink;
  }

  void setDesign(ProgrammedDesign design) {
    this.design = design;
  }

  /** Returns the mapped and programmed design, which the map stage sets. */
  ProgrammedDesign design() {
    if (design == null) {
      throw new IllegalStateException("the map stage has not run yet");
    }
    return design;
  }

  /**
   * Returns the design as the golden model and RTL see it.
   *
   * @throws cimc.CimcException for any mapping but the differential one
   */
  CompiledDesign compiledDesign() {
    return design().toCompiledDesign();
  }
}
