package cimc.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Builds small IDX files for tests. */
final class IdxFiles {
  private IdxFiles() {}

  static byte[] images(int magic, int count, int rows, int cols, byte[] pixels) {
    return ByteBuffer.allocate(16 + pixels.length).putInt(magic).putInt(count).putInt(rows)
        .putInt(cols).put(pixels).array();
  }

  static byte[] labels(int magic, int count, byte[] labels) {
    return ByteBuffer.allocate(8 + labels.length).putInt(magic).putInt(count).put(labels)
        .array();
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  static Path write(Path folder, String name, byte[] data) throws IOException {
    Path file = folder.resolve(name);
    Files.write(file, data);
    return file;
  }
}
