package cimc.golden;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A {@code $readmemh} file under construction: one value per line, lowercase hex zero-padded to
 * {@code ceil(width / 4)} digits, two's complement for negative values, newline-terminated.
 */
final class HexFile {
  private final String name;
  private final int width;
  private final int digits;
  private final StringBuilder text = new StringBuilder();
  private long lines;

  HexFile(String name, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("hex width must be at least 1 bit, got " + width);
    }
    this.name = name;
    this.width = width;
    this.digits = (width + 3) / 4;
  }

  String name() {
    return name;
  }

  int width() {
    return width;
  }

  long lines() {
    return lines;
  }

  /** Appends one value, masked to the width (two's complement for negative values). */
  void add(long value) {
    if (width >= 64) {
      add(BigInteger.valueOf(value));
      return;
    }
    long masked = value & ((1L << width) - 1);
    String hex = Long.toHexString(masked);
    pad(hex);
  }

  /** Appends a value wider than 63 bits; negative values are masked to the width. */
  void add(BigInteger value) {
    BigInteger mask = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
    pad(value.and(mask).toString(16));
  }

  private void pad(String hex) {
    for (int k = hex.length(); k < digits; k++) {
      text.append('0');
    }
    text.append(hex).append('\n');
    lines++;
  }

  /** Writes the file into {@code folder} and returns the SHA-256 of its bytes. */
  String write(Path folder) throws IOException {
    byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
    Files.write(folder.resolve(name), bytes);
    return sha256(bytes);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
