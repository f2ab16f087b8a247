package dev.azlon.maven;

import dev.azlon.AzlonException;
import dev.azlon.ConfigurationException;
import dev.azlon.Redactor;
import dev.azlon.Setting;
import dev.azlon.model.ModelRejectedException;
import dev.azlon.model.ModelUnavailableException;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The one place where core failures become Maven's: each message says what happened, which
 * parameter is involved and what fixes it, and passes the redactor on its way out.
 */
final class MojoErrors {

  private MojoErrors() {}

  /**
   * A failure that stopped the solve from running: BUILD ERROR. The cause is kept for {@code -e}
   * only when its messages reveal no secret.
   */
  static MojoExecutionException couldNotRun(
      RuntimeException e, String keySource, Redactor redactor) {
    String message = redactor.redact(PropertyNames.render(message(e, keySource)));
    return redactor.reveals(e)
        ? new MojoExecutionException(message)
        : new MojoExecutionException(message, e);
  }

  static String message(RuntimeException e, String keySource) {
    if (e instanceof ConfigurationException config) {
      return config.getMessage() + " " + parameterHint(config.setting());
    }
    if (e instanceof ModelRejectedException || e instanceof ModelUnavailableException) {
      return e.getMessage()
          + " Check "
          + PropertyNames.howToSet(Setting.BASE_URL)
          + " and "
          + PropertyNames.howToSet(Setting.MODEL)
          + "; the key was read from "
          + keySource
          + "."
          + (((AzlonException) e).isRetriable() ? " This may pass if you try again later." : "");
    }
    return String.valueOf(e.getMessage());
  }

  static String parameterHint(Setting setting) {
    return switch (setting) {
      case CHECKS ->
          "(Parameter <checks>; from the command line, -D"
              + PropertyNames.of(Setting.EXPECT_EXIT_CODE)
              + " or -D"
              + PropertyNames.of(Setting.EXPECT_OUTPUT)
              + ".)";
      case ACCEPTANCE -> "(Parameter <acceptance>, in the POM or a spec file's acceptance key.)";
      case SERVER_ID ->
          "(For example: export "
              + ApiKeys.ENVIRONMENT_VARIABLE
              + "=..., a"
              + " settings.xml <server> named by "
              + PropertyNames.howToSet(Setting.SERVER_ID)
              + ", or "
              + PropertyNames.howToSet(Setting.BASE_URL, "http://localhost:8080/v1")
              + ".)";
      default -> "(Parameter " + PropertyNames.howToSet(setting) + ".)";
    };
  }
}
