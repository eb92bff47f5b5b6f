package cimc.cli;

import cimc.map.QuantizedWeights;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** Loads the network that {@code cimc compile} maps. */
final class ModelInput {
  private ModelInput() {}

  static void addOptions(Options options) {
  }

  static QuantizedWeights load(CommandLine line) {
    throw CompileCommand.noModel();
  }
}
