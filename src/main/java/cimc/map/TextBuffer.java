package cimc.map;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An ASCII line builder for large CSV and hex files, faster than {@code String.format}. Decimal
 * numbers are written with a fixed number of digits after the point, rounded half away from zero.
 */
final class TextBuffer {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private byte[] bytes = new byte[1 << 16];
  private int size;

  TextBuffer text(String s) {
    for (int i = 0; i < s.length(); i++) {
      put((byte) s.charAt(i));
    }
    return this;
  }

  TextBuffer ch(char c) {
    put((byte) c);
    return this;
  }

  TextBuffer integer(long v) {
    return text(Long.toString(v));
  }

  /** Appends {@code v} with exactly {@code decimals} digits after the point (0..9). */
  TextBuffer fixed(double v, int decimals) {
    long scale = 1;
    for (int i = 0; i < decimals; i++) {
      scale *= 10;
    }
    long scaled = Math.round(Math.abs(v) * scale);
    if (v < 0 && scaled != 0) {
      put((byte) '-');
    }
    integer(scaled / scale);
    if (decimals > 0) {
      put((byte) '.');
      String frac = Long.toString(scaled % scale + scale);
      text(frac.substring(1));
    }
    return this;
  }

  /** Appends {@code v} as lower-case hex padded with zeros to {@code digits} digits. */
  TextBuffer hex(int v, int digits) {
    for (int d = digits - 1; d >= 0; d--) {
      put((byte) HEX[(v >>> (4 * d)) & 0xf]);
    }
    return this;
  }

  /** Writes the buffered bytes to {@code out} once more than {@code threshold} are buffered. */
  void flushIfOver(OutputStream out, int threshold) throws IOException {
    if (size > threshold) {
      flush(out);
    }
  }

  void flush(OutputStream out) throws IOException {
    out.write(bytes, 0, size);
    size = 0;
  }

  private void put(byte b) {
    if (size == bytes.length) {
      bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2);
    }
    bytes[size++] = b;
  }
}
