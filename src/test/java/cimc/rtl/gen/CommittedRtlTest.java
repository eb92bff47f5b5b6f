package cimc.rtl.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The RTL and constraints committed under the repository's rtl/ and constraints/ folders are
 * exactly what the generator writes for the default design. The Yosys and iCE40 reports are
 * tool output and not compared. Regenerate with {@code ./cimc rtl --out . --force --ice40}.
 */
class CommittedRtlTest {
  private static final Path ROOT = Path.of("").toAbsolutePath();

  @TempDir
  Path scratch;

  @Test
  void rtlFolderMatchesGenerator() throws IOException {
    RtlOutputs outputs = RtlOutputs.generate(DefaultDesign.params(),
        new RtlOutputs.Settings(RtlOutputs.DEFAULT_CLOCK_MHZ, false, false),
        scratch);

    for (Map.Entry<String, String> file : outputs.rtlFiles().entrySet()) {
      assertEquals(file.getValue(), Files.readString(ROOT.resolve("rtl").resolve(file.getKey())),
          "rtl/" + file.getKey() + " differs from the generator output");
    }
    for (Map.Entry<String, String> file : outputs.constraintFiles().entrySet()) {
      assertEquals(file.getValue(),
          Files.readString(ROOT.resolve("constraints").resolve(file.getKey())),
          "constraints/" + file.getKey() + " differs from the generator output");
    }
  }
}
