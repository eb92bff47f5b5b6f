package cimc.rtl.regs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles a generated driver with the system Java compiler and loads it. */
final class DriverCompiler {
  static final String PACKAGE = "cimc.generated";
  static final String CLASS = "CimRegsDriver";

  private DriverCompiler() {}

  static Class<?> compile(RegisterMap map, Path dir)
      throws IOException, ReflectiveOperationException {
    Path sources = dir.resolve("src");
    Path classes = dir.resolve("classes");
    JavaDriverWriter.write(map, PACKAGE, CLASS).writeTo(sources);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    assertNotNull(compiler, "no system Java compiler; run the tests on a JDK");
    Path source = sources.resolve(PACKAGE.replace('.', '/')).resolve(CLASS + ".java");
    StringWriter errors = new StringWriter();
    boolean ok = compiler.getTask(errors, null, null,
        List.of("-d", classes.toString(), "-Xlint:all", "-Werror"), null,
        compiler.getStandardFileManager(null, null, null).getJavaFileObjects(source.toFile()))
        .call();
    assertEquals("", errors.toString());
    assertEquals(true, ok);
    URLClassLoader loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
        DriverCompiler.class.getClassLoader());
    return loader.loadClass(PACKAGE + "." + CLASS);
  }
}
