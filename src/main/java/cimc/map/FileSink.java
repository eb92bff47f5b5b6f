package cimc.map;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the output streams of a design folder; tests substitute one that fails. */
@FunctionalInterface
public interface FileSink {
  /** The sink that writes files on disk. */
  FileSink DISK = file -> new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);

  /** Opens {@code file} for writing, creating or truncating it. */
  OutputStream open(Path file) throws IOException;
}
