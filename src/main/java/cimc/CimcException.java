package cimc;

/**
 * A problem with the user's input or environment that the command line reports as one line,
 * without a stack trace. The message names the bad value, what is accepted and what to do.
 */
public class CimcException extends RuntimeException {
  public CimcException(String message) {
    super(message);
  }

  public CimcException(String message, Throwable cause) {
    super(message, cause);
  }
}
