package dev.azlon.maven;

import dev.azlon.AzlonException;
import dev.azlon.ConfigurationException;
import dev.azlon.generate.ModelException;
import dev.azlon.sandbox.SandboxException;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The one place where core failures become Maven's: each message says what happened, which
 * parameter is involved and what fixes it.
 */
final class MojoErrors {

  private MojoErrors() {}

  static MojoExecutionException couldNotRun(AzlonException e) {
    return new MojoExecutionException(message(e), e);
  }

  static String message(AzlonException e) {
    if (e instanceof ConfigurationException config) {
      return config.getMessage() + " " + parameterHint(config.setting());
    }
    if (e instanceof SandboxException) {
      return e.getMessage();
    }
    if (e instanceof ModelException) {
      return e.getMessage() + " Check <baseUrl> / -Dazlon.baseUrl and <model> / -Dazlon.model;"
          + " the key is read from the environment variable OPENAI_API_KEY."
          + (e.isRetriable() ? " This may pass if you try again later." : "");
    }
    return e.getMessage();
  }

  private static String parameterHint(String setting) {
    if ("checks".equals(setting)) {
      return "(Parameter <checks>; from the command line, -Dazlon.expectExitCode or"
          + " -Dazlon.expectOutput.)";
    }
    if ("apiKey".equals(setting)) {
      return "(For example: export OPENAI_API_KEY=..., a settings.xml <server> named by"
          + " <serverId>, or -Dazlon.baseUrl=http://localhost:8080/v1.)";
    }
    return "(Parameter <" + element(setting) + "> / -Dazlon." + setting + ".)";
  }

  /** The POM element of a setting: {@code sandbox.memory} is {@code <sandboxMemory>}. */
  static String element(String setting) {
    StringBuilder element = new StringBuilder();
    boolean upper = false;
    for (char c : setting.toCharArray()) {
      if (c == '.') {
        upper = true;
      } else {
        element.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return element.toString();
  }
}
