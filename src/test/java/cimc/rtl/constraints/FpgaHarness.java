package cimc.rtl.constraints;

import static cimc.rtl.Expr.id;

import cimc.rtl.DataType;
import cimc.rtl.Expr;
import cimc.rtl.Item;
import cimc.rtl.ModuleSpec;
import cimc.rtl.ModuleSpec.Section;
import cimc.rtl.Port;
import cimc.rtl.PortGroup;
import cimc.rtl.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wraps a module for place and route on a small FPGA package: a shift register loaded from one
 * pin drives every input, and one flop stores the XOR of every output, so that no logic is
 * removed and only four pins are needed.
 */
final class FpgaHarness {
  private FpgaHarness() {}

  private static int width(Port port) {
    if (port.type().msb() == null) {
      return 1;
    }
    return ((Expr.IntConst) port.type().msb()).value() + 1;
  }

  static ModuleSpec wrap(ModuleSpec inner) {
    String name = inner.name() + "_fpga";
    Map<String, Expr> connections = new LinkedHashMap<>();
    List<Expr> outputs = new ArrayList<>();
    List<Item> wires = new ArrayList<>();
    int stimulus = 0;
    for (PortGroup group : inner.portGroups()) {
      for (Port port : group.ports()) {
        String p = port.name();
        if (p.equals("clk_i") || p.equals("rst_ni")) {
          connections.put(p, id(p));
        } else if (port.direction() == Port.Direction.INPUT) {
          int msb = stimulus + width(port) - 1;
          connections.put(p, width(port) == 1 ? Expr.index("stim_q", stimulus)
              : Expr.slice("stim_q", msb, stimulus));
          stimulus = msb + 1;
        } else {
          String wire = p.substring(0, p.length() - 2) + "_w";
          wires.add(Item.declare(port.type(), wire));
          connections.put(p, id(wire));
          outputs.add(id(wire));
        }
      }
    }
    Expr shifted = Expr.concat(Expr.slice("stim_q", stimulus - 2, 0), id("ser_i"));
    return ModuleSpec.builder(name, "Place-and-route harness of " + inner.name() + ".")
        .addPortGroup(PortGroup.of("Clock and reset", Port.input("clk_i", DataType.logic()),
            Port.input("rst_ni", DataType.logic())))
        .addPortGroup(PortGroup.of("Serial stimulus and folded response",
            Port.input("ser_i", DataType.logic()), Port.output("out_o", DataType.logic())))
        .add(Section.REGISTERS, List.of(
            Item.declare(DataType.logic(stimulus), "stim_q"),
            Item.declare(DataType.logic(), "out_q"),
            Item.alwaysFf("clk_i", "rst_ni",
                List.of(Stmt.assignNonBlocking(id("stim_q"), Expr.hex(stimulus, 0)),
                    Stmt.assignNonBlocking(id("out_q"), Expr.bin(1, 0))),
                List.of(Stmt.assignNonBlocking(id("stim_q"), shifted),
                    Stmt.assignNonBlocking(id("out_q"), Expr.unary(Expr.UnaryOp.REDUCE_XOR,
                        Expr.concat(outputs)))))))
        .add(Section.DATAPATH, wires)
        .add(Section.DATAPATH, List.of(
            new Item.Instance(inner.name(), "u_dut", Map.of(), connections),
            Item.assign(id("out_o"), id("out_q"))))
        .build();
  }
}
