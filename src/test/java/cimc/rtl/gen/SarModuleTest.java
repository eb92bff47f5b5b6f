package cimc.rtl.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cimc.rtl.VerilogWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarModuleTest {
  @Test
  void threeBitTextMatchesExpected() throws IOException {
    String expected;
    try (InputStream in = SarModuleTest.class.getResourceAsStream("cim_sar_3bit.sv")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    VerilogWriter writer = new VerilogWriter(List.of("Expected text of cim_sar for 3-bit ADCs."));

    assertEquals(expected, writer.write(SarModule.build(3)));
  }
}
