package cimc.rtl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable SystemVerilog module: a one-line purpose, parameters, port groups, local
 * parameters and body items filed under fixed sections. {@link VerilogWriter} writes the
 * sections in the order of {@link Section} in every module.
 */
public final class ModuleSpec {
  /** Body sections, in the order they are written. */
  public enum Section {
    REGISTERS("Registers"),
    DATAPATH("Datapath"),
    STATE_MACHINE("State machine"),
    ASSERTIONS("Assertions");

    final String title;

    Section(String title) {
      this.title = title;
    }
  }

  private final String name;
  private final String purpose;
  private final List<Parameter> parameters;
  private final List<PortGroup> portGroups;
  private final List<Parameter> localParameters;
  private final Map<Section, List<Item>> sections;

  private ModuleSpec(Builder builder) {
    this.name = builder.name;
    this.purpose = builder.purpose;
    this.parameters = List.copyOf(builder.parameters);
    this.portGroups = List.copyOf(builder.portGroups);
    this.localParameters = List.copyOf(builder.localParameters);
    Map<Section, List<Item>> copy = new EnumMap<>(Section.class);
    builder.sections.forEach((section, items) -> copy.put(section, List.copyOf(items)));
    this.sections = Collections.unmodifiableMap(copy);
  }

  public static Builder builder(String name, String purpose) {
    return new Builder(name, purpose);
  }

  public String name() {
    return name;
  }

  public String purpose() {
    return purpose;
  }

  public List<Parameter> parameters() {
    return parameters;
  }

  public List<PortGroup> portGroups() {
    return portGroups;
  }

  public List<Parameter> localParameters() {
    return localParameters;
  }

  /** Items of one section in insertion order; empty when the section has none. */
  public List<Item> items(Section section) {
    return sections.getOrDefault(section, List.of());
  }

  /** Collects the parts of a module; {@link #build()} checks names for clashes. */
  public static final class Builder {
    private final String name;
    private final String purpose;
    private final List<Parameter> parameters = new ArrayList<>();
    private final List<PortGroup> portGroups = new ArrayList<>();
    private final List<Parameter> localParameters = new ArrayList<>();
    private final Map<Section, List<Item>> sections = new EnumMap<>(Section.class);

    private Builder(String name, String purpose) {
      Expr.id(name);
      if (purpose == null || purpose.isBlank() || purpose.contains("\n")) {
        throw new IllegalArgumentException("module " + name + " needs a one-line purpose");
      }
      this.name = name;
      this.purpose = purpose;
    }

    public Builder addParameter(Parameter parameter) {
      if (parameter.local()) {
        localParameters.add(parameter);
      } else {
        parameters.add(parameter);
      }
      return this;
    }

    public Builder addPortGroup(PortGroup group) {
      portGroups.add(Objects.requireNonNull(group, "group"));
      return this;
    }

    public Builder add(Section section, Item item) {
      Objects.requireNonNull(item, "item");
      if (section == Section.ASSERTIONS
          && !(item instanceof Item.Assertion || item instanceof Item.Comment)) {
        throw new IllegalArgumentException("the assertions section takes only assertions and "
            + "comments, not " + item.getClass().getSimpleName());
      }
      sections.computeIfAbsent(section, s -> new ArrayList<>()).add(item);
      return this;
    }

    public Builder add(Section section, List<Item> items) {
      items.forEach(item -> add(section, item));
      return this;
    }

    public ModuleSpec build() {
      if (portGroups.isEmpty()) {
        throw new IllegalArgumentException("module " + name + " has no ports");
      }
      Set<String> seen = new HashSet<>();
      parameters.forEach(p -> requireUnique(seen, p.name()));
      localParameters.forEach(p -> requireUnique(seen, p.name()));
      portGroups.forEach(g -> g.ports().forEach(p -> requireUnique(seen, p.name())));
      return new ModuleSpec(this);
    }

    private void requireUnique(Set<String> seen, String identifier) {
      if (!seen.add(identifier)) {
        throw new IllegalArgumentException("module " + name + " declares '" + identifier
            + "' twice");
      }
    }
  }
}
