package cimc.cli;

import cimc.CimcException;

/** A bad option value; reported with exit code 2. */
final class UsageException extends CimcException {
  UsageException(String message) {
    super(message);
  }
}
