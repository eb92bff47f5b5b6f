package cimc.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cimc.CimcException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
  @TempDir
  Path dir;

  @Test
  void fileReplacesFile() throws IOException {
    Path target = Files.write(dir.resolve("a.bin"), new byte[] {1});
    AtomicOutput.writeFile(target, t -> Files.write(t, new byte[] {2, 3}));
    assertArrayEquals(new byte[] {2, 3}, Files.readAllBytes(target));
    assertEquals(List.of(target), list());
  }

  @Test
  void fileOverFolderRejected() throws IOException {
    Path target = Files.createDirectory(dir.resolve("empty"));
    CimcException e = assertThrows(CimcException.class,
        () -> AtomicOutput.writeFile(target, t -> Files.write(t, new byte[] {1})));
    assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    assertTrue(Files.isDirectory(target));
    assertEquals(List.of(target), list());
  }

  @Test
  void fileOverFifoRejected() throws Exception {
    Path target = dir.resolve("pipe");
    assertEquals(0, new ProcessBuilder("mkfifo", target.toString()).start().waitFor());
    CimcException e = assertThrows(CimcException.class,
        () -> AtomicOutput.writeFile(target, t -> Files.write(t, new byte[] {1})));
    assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    assertTrue(Files.exists(target));
    assertFalse(Files.isRegularFile(target));
    assertEquals(List.of(target), list());
  }

  @Test
  void folderOverFileRejected() throws IOException {
    Path target = Files.write(dir.resolve("keep.txt"), new byte[] {7});
    CimcException e = assertThrows(CimcException.class,
        () -> AtomicOutput.writeFolder(target, true, t -> Files.createFile(t.resolve("x"))));
    assertTrue(e.getMessage().contains("not a folder"), e.getMessage());
    assertArrayEquals(new byte[] {7}, Files.readAllBytes(target));
    assertEquals(List.of(target), list());
  }

  private List<Path> list() throws IOException {
    try (var files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
