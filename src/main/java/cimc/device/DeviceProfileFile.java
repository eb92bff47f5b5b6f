package cimc.device;

import cimc.CimcException;
import cimc.io.AtomicOutput;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads, checks and writes device profiles as JSON. */
public final class DeviceProfileFile {
  /** Classpath resource of the default profile, a 48×48 Al2O3/TiOx bilayer crossbar. */
  public static final String DEFAULT_RESOURCE = "/devices/al2o3-tiox-48x48.json";

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private DeviceProfileFile() {}

  /** Returns the shipped default profile. */
  public static DeviceProfile defaultProfile() {
    try (InputStream in = DeviceProfileFile.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing");
      }
      return parse(in.readAllBytes(), DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + DEFAULT_RESOURCE, e);
    }
  }

  /** Reads and checks a profile file. */
  public static DeviceProfile read(Path path) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new CimcException("device profile " + path + " not found; give an existing JSON file"
          + " or leave the option out to use the shipped profile");
    } catch (IOException e) {
      throw new CimcException("cannot read device profile " + path + ": " + e.getMessage());
    }
    return parse(bytes, path.toString());
  }

  /** Parses and checks profile JSON; {@code source} names it in error messages. */
  public static DeviceProfile parse(byte[] json, String source) {
    DeviceProfile profile;
    try {
      profile = MAPPER.readValue(json, DeviceProfile.class);
    } catch (IOException e) {
      String detail = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.toString();
      throw new CimcException("invalid device profile " + source + ": " + detail
          + "; see docs/device-profile.md for the fields");
    }
    DeviceProfileChecks.check(profile, source);
    return profile;
  }

  /** Returns the profile as indented JSON with a stable field order. */
  public static String toJson(DeviceProfile profile) {
    try {
      return MAPPER.writeValueAsString(profile) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize device profile", e);
    }
  }

  /** Writes a profile through a temporary file. */
  public static void write(DeviceProfile profile, Path path) {
    String json = toJson(profile);
    AtomicOutput.writeFile(path, temporary -> Files.writeString(temporary, json));
  }

  /** Returns the shared mapper, configured for stable output. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
