package cimc.map;

/** One programming pulse: its polarity and amplitude code (in the profile's amplitude LSBs). */
public record Pulse(Polarity polarity, int amplitudeCode) {}
