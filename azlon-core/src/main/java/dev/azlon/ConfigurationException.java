package dev.azlon;

/** The caller's input is wrong; the message names the setting and how to fix it. */
public class ConfigurationException extends AzlonException {

  private final String setting;

  public ConfigurationException(String setting, String message) {
    super(message, null);
    this.setting = setting;
  }

  /** The name of the offending setting, as the core knows it (for example {@code maxIterations}). */
  public String setting() {
    return setting;
  }

  @Override
  public boolean isRetriable() {
    return false;
  }
}
