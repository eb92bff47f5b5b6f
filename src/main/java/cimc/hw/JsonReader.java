package cimc.hw;

import cimc.CimcException;
import com.fasterxml.jackson.databind.JsonNode;

/** Typed field access on a JSON tree that reports a missing or mistyped field by name. */
final class JsonReader {
  private final String source;

  JsonReader(String source) {
    this.source = source;
  }

  JsonNode object(JsonNode parent, String key) {
    JsonNode n = parent.get(key);
    if (n == null || !n.isObject()) {
      throw bad(key, "an object");
    }
    return n;
  }

  JsonNode array(JsonNode parent, String key) {
    JsonNode n = parent.get(key);
    if (n == null || !n.isArray()) {
      throw bad(key, "an array");
    }
    return n;
  }

  int integer(JsonNode parent, String key) {
    JsonNode n = parent.get(key);
    if (n == null || !n.isIntegralNumber() || !n.canConvertToInt()) {
      throw bad(key, "a 32-bit integer");
    }
    return n.intValue();
  }

  double number(JsonNode parent, String key) {
    JsonNode n = parent.get(key);
    if (n == null || !n.isNumber()) {
      throw bad(key, "a number");
    }
    return n.doubleValue();
  }

  int[] ints(JsonNode parent, String key) {
    JsonNode n = array(parent, key);
    int[] values = new int[n.size()];
    for (int i = 0; i < values.length; i++) {
      JsonNode v = n.get(i);
      if (!v.isIntegralNumber() || !v.canConvertToInt()) {
        throw bad(key + "[" + i + "]", "a 32-bit integer");
      }
      values[i] = v.intValue();
    }
    return values;
  }

  private CimcException bad(String key, String expected) {
    return HardwareSpecJson.invalid(source, "\"" + key + "\" is missing or not " + expected);
  }
}
