package cimc.io;

import cimc.CimcException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes a file or a folder so that readers never see it half-written: the content goes into a
 * temporary sibling first, which is moved into place only when writing succeeded. On failure the
 * temporary is deleted and nothing is left at the destination.
 */
public final class AtomicOutput {
  /** Writes the content of one file. */
  @FunctionalInterface
  public interface FileWriter {
    void write(Path temporary) throws IOException;
  }

  private AtomicOutput() {}

  /** Writes one file through a temporary sibling and moves it over {@code target}. */
  public static void writeFile(Path target, FileWriter writer) {
    Path parent = parentOf(target);
    Path temporary = null;
    try {
      Files.createDirectories(parent);
      temporary = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp");
      writer.write(temporary);
      move(temporary, target);
      temporary = null;
    } catch (IOException | UncheckedIOException e) {
      throw new CimcException("cannot write " + target + ": " + describe(e)
          + "; check that the folder exists, is writable and the disk is not full", e);
    } finally {
      deleteQuietly(temporary);
    }
  }

  /**
   * Fills a temporary sibling folder with {@code writer} and moves it to {@code target}. An
   * existing {@code target} is rejected unless {@code force} is set, in which case it is replaced
   * only after the new folder is complete.
   */
  public static void writeFolder(Path target, boolean force, FileWriter writer) {
    if (Files.exists(target) && !force) {
      throw new CimcException("output folder " + target
          + " already exists; choose another folder or pass --force to replace it");
    }
    Path parent = parentOf(target);
    Path temporary = null;
    Path old = null;
    try {
      Files.createDirectories(parent);
      temporary = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
      writer.write(temporary);
      if (Files.exists(target)) {
        old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old.");
        Files.delete(old);
        Files.move(target, old);
      }
      move(temporary, target);
      temporary = null;
    } catch (IOException | UncheckedIOException e) {
      throw new CimcException("cannot write " + target + ": " + describe(e)
          + "; check that the folder is writable and the disk is not full", e);
    } finally {
      deleteQuietly(temporary);
      deleteQuietly(old);
    }
  }

  private static Path parentOf(Path target) {
    Path parent = target.toAbsolutePath().getParent();
    if (parent == null) {
      throw new CimcException("cannot write to " + target + ": it has no parent folder");
    }
    return parent;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
  }

  /** Deletes a file or a folder tree, ignoring errors; used to clean up temporaries. */
  public static void deleteQuietly(Path path) {
    if (path == null || !Files.exists(path)) {
      return;
    }
    try {
      Files.walkFileTree(path, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException ignored) {
      // A leftover temporary is harmless; the original error is what the user needs to see.
    }
  }
}
