package cimc.map;

/** Direction of a programming pulse: SET raises the conductance, RESET lowers it. */
public enum Polarity {
  SET,
  RESET
}
