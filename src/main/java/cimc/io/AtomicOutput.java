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
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  /** Writes the content of one file. */
  @FunctionalInterface
  public interface FileWriter {
    void write(Path temporary) throws IOException;
  }

  private AtomicOutput() {}

  /**
   * Writes one file through a temporary sibling and moves it over {@code target}. An existing
   * {@code target} must be a regular file: a folder, device or pipe is never replaced.
   */
  public static void writeFile(Path target, FileWriter writer) {
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      throw new CimcException("cannot write " + target + ": it exists and is not a regular"
          + " file; give the path of a new or ordinary file");
    }
    Path parent = parentOf(target);
    Path temporary = null;
    try {
      Files.createDirectories(parent);
      temporary = Files.createFile(temporarySibling(parent, target, ".tmp"));
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
   * only after the new folder is complete. An existing {@code target} that is not a folder is
   * never replaced.
   */
  public static void writeFolder(Path target, boolean force, FileWriter writer) {
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new CimcException("cannot write folder " + target + ": it exists and is not a"
          + " folder; give the path of a new folder or of an earlier output folder");
    }
    if (Files.exists(target) && !force) {
      throw new CimcException("output folder " + target
          + " already exists; choose another folder or pass --force to replace it");
    }
    Path parent = parentOf(target);
    Path temporary = null;
    Path old = null;
    try {
      Files.createDirectories(parent);
      temporary = Files.createDirectory(temporarySibling(parent, target, ".tmp"));
      writer.write(temporary);
      if (Files.exists(target)) {
        old = temporarySibling(parent, target, ".old");
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

  /**
   * Names an unused hidden sibling of {@code target}. {@code Files.createTempFile} is not used
   * because it creates owner-only files, and the outputs are meant to be handed on with the
   * ordinary permissions that the umask gives.
   */
  private static Path temporarySibling(Path parent, Path target, String suffix) {
    while (true) {
      long token = Math.abs(RANDOM.nextLong() % 1_000_000_000L);
      Path candidate = parent.resolve("." + target.getFileName() + "." + token + suffix);
      if (!Files.exists(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return candidate;
      }
    }
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
