package cimc.rtl.regs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles the generated driver and runs it against an in-memory bus. */
class JavaDriverTest {
  private static Class<?> driverClass;

  @TempDir
  static Path dir;

  /** Registers of the in-memory bus, by byte offset, and a log of the writes. */
  private final Map<Integer, Integer> memory = new HashMap<>();
  private final List<String> writes = new ArrayList<>();

  @BeforeAll
  static void compile() throws Exception {
    driverClass = DriverCompiler.compile(CimRegisterMap.create(4), dir);
  }

  private Object driver() throws ReflectiveOperationException {
    Class<?> busType = Class.forName(driverClass.getName() + "$Bus", true,
        driverClass.getClassLoader());
    Object bus = Proxy.newProxyInstance(busType.getClassLoader(), new Class<?>[] {busType},
        (proxy, method, args) -> {
          int offset = (Integer) args[0];
          if (method.getName().equals("read32")) {
            return memory.getOrDefault(offset, 0);
          }
          memory.put(offset, (Integer) args[1]);
          writes.add(String.format("0x%02x=0x%08x", offset, (Integer) args[1]));
          return null;
        });
    return driverClass.getConstructor(busType).newInstance(bus);
  }

  private static int constant(String name) throws ReflectiveOperationException {
    return driverClass.getField(name).getInt(null);
  }

  private static int callStatic(String name, int... args) throws ReflectiveOperationException {
    Class<?>[] types = new Class<?>[args.length];
    Object[] values = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      types[i] = int.class;
      values[i] = args[i];
    }
    return (Integer) driverClass.getMethod(name, types).invoke(null, values);
  }

  @Test
  void constantsMatchMap() throws ReflectiveOperationException {
    assertEquals(0x10, constant("IRQ_STATUS_OFFSET"));
    assertEquals(0x434d0100, constant("ID_RESET"));
    assertEquals(12, constant("PROG_ADDR_TILE_SHIFT"));
    assertEquals(0x000ff000, constant("PROG_ADDR_TILE_MASK"));
    assertEquals(0x80000000, constant("RESULT_VALID_MASK"));
  }

  @Test
  void fieldHelpersRoundTrip() throws ReflectiveOperationException {
    int value = callStatic("withProgAddrTile", 0, 0x2b);
    value = callStatic("withProgAddrRow", value, 3);
    value = callStatic("withProgAddrCol", value, 5);
    assertEquals(0x0002b0c5, value);
    assertEquals(0x2b, callStatic("progAddrTile", value));
    assertEquals(3, callStatic("progAddrRow", value));
    assertEquals(1, callStatic("resultValid", 0x80000007));
    assertEquals(7, callStatic("resultClassId", 0x80000007));
  }

  @Test
  void fieldHelperRejectsWideValue() throws NoSuchMethodException {
    Method with = driverClass.getMethod("withCtrlMode", int.class, int.class);
    InvocationTargetException e = assertThrows(InvocationTargetException.class,
        () -> with.invoke(null, 0, 4));
    assertEquals("CTRL.mode value 4 does not fit in 2 bits", e.getCause().getMessage());
  }

  @Test
  void accessMethodsUseBus() throws ReflectiveOperationException {
    Object driver = driver();
    driverClass.getMethod("writeCtrl", int.class).invoke(driver, 0x5);
    driverClass.getMethod("pushProgAddr", int.class).invoke(driver, 0x0002b0c5);
    driverClass.getMethod("clearIrqStatus", int.class).invoke(driver, 0x1);
    memory.put(0x68, 0x80000003);

    int result = (Integer) driverClass.getMethod("readResult").invoke(driver);

    assertEquals(0x80000003, result);
    assertEquals(5, (Integer) driverClass.getMethod("readCtrl").invoke(driver));
    assertEquals(List.of("0x00=0x00000005", "0x40=0x0002b0c5", "0x10=0x00000001"), writes);
  }

  @Test
  void accessMethodsFollowAccessType() {
    assertThrows(NoSuchMethodException.class, () -> driverClass.getMethod("readProgAddr"));
    assertThrows(NoSuchMethodException.class,
        () -> driverClass.getMethod("writeStatus", int.class));
    assertThrows(NoSuchMethodException.class, () -> driverClass.getMethod("writeId", int.class));
  }
}
