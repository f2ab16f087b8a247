package dev.azlon;

/** The caller's input is wrong; the message names the setting and how to fix it. */
public class ConfigurationException extends NonRetriableException {

  private final Setting setting;

  public ConfigurationException(Setting setting, String message) {
    super(message, null);
    this.setting = setting;
  }

  /** The offending setting. */
  public Setting setting() {
    return setting;
  }
}
