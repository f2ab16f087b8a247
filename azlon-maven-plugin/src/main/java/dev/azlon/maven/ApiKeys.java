package dev.azlon.maven;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Finds the API key: the password of the {@code settings.xml} server named by {@code serverId}
 * (Maven's encrypted passwords included), else the environment variable {@code OPENAI_API_KEY}.
 * Never from POM text; never logged.
 */
final class ApiKeys {

  static final String ENVIRONMENT_VARIABLE = "OPENAI_API_KEY";

  private ApiKeys() {}

  /**
   * A key and where it came from, for hints that name the right place to fix it.
   *
   * @param value the key, or null when there is none (fine for a local server)
   * @param source where it was found, in words
   */
  record ApiKey(String value, String source) {
    @Override
    public String toString() {
      return "ApiKey[from " + source + "]";
    }
  }

  static ApiKey find(Settings settings, SettingsDecrypter decrypter, String serverId) {
    Server server = settings == null || serverId == null ? null : settings.getServer(serverId);
    if (server != null && server.getPassword() != null) {
      SettingsDecryptionResult result =
          decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
      for (SettingsProblem problem : result.getProblems()) {
        if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
          throw new ConfigurationException(
              Setting.SERVER_ID,
              "The password of the settings.xml"
                  + " server '"
                  + serverId
                  + "' cannot be decrypted: "
                  + problem.getMessage()
                  + ". Check ~/.m2/settings-security.xml, or encrypt it again with mvn -ep.");
        }
      }
      return new ApiKey(
          result.getServer().getPassword(),
          "the password of the settings.xml server '" + serverId + "' (serverId)");
    }
    String fromEnvironment = System.getenv(ENVIRONMENT_VARIABLE);
    return fromEnvironment == null || fromEnvironment.isBlank()
        ? new ApiKey(
            null,
            "nowhere: no settings.xml server '" + serverId + "' and no " + ENVIRONMENT_VARIABLE)
        : new ApiKey(fromEnvironment, "the environment variable " + ENVIRONMENT_VARIABLE);
  }
}
