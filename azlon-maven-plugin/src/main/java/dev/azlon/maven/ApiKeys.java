package dev.azlon.maven;

import dev.azlon.ConfigurationException;
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

  /** The key, or null when there is none (fine for a local server). */
  static String find(Settings settings, SettingsDecrypter decrypter, String serverId) {
    Server server = settings == null || serverId == null ? null : settings.getServer(serverId);
    if (server != null && server.getPassword() != null) {
      SettingsDecryptionResult result =
          decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
      for (SettingsProblem problem : result.getProblems()) {
        if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
          throw new ConfigurationException("serverId", "The password of the settings.xml server '"
              + serverId + "' cannot be decrypted: " + problem.getMessage()
              + ". Check ~/.m2/settings-security.xml, or encrypt it again with mvn -ep.");
        }
      }
      return result.getServer().getPassword();
    }
    return System.getenv(ENVIRONMENT_VARIABLE);
  }
}
