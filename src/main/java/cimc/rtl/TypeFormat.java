package cimc.rtl;

/** Renders a {@link DataType} as it appears in a declaration. */
final class TypeFormat {
  private TypeFormat() {}

  static String of(DataType type) {
    switch (type.kind()) {
      case INT:
        return "int";
      case NAMED:
        return type.typeName();
      default:
        break;
    }
    StringBuilder text = new StringBuilder("logic");
    if (type.signed()) {
      text.append(" signed");
    }
    if (type.msb() != null) {
      text.append(" [").append(ExprFormat.flat(type.msb())).append(':')
          .append(ExprFormat.flat(type.lsb())).append(']');
    }
    return text.toString();
  }
}
