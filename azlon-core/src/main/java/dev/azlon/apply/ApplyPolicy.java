package dev.azlon.apply;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which of a solution's files may be copied into the user's project. Some names change how the
 * user's own tools behave on their next build or checkout (Maven's {@code .mvn/extensions.xml}
 * loads code, a {@code .git*} file or CI file runs code, a shell rc file runs on login), so they
 * are refused unless explicitly allowed. The candidate may still use them inside its sandbox.
 *
 * <p>Patterns are globs matched without regard to case: {@code *} within a name, {@code **} across
 * folders, {@code ?} one character. A pattern without {@code /} matches a file or folder of that
 * name anywhere in the path; with {@code /}, the path from the apply directory.
 *
 * @param allowed patterns lifted from the default refusals
 * @param refused patterns refused in addition; they win over {@code allowed}
 */
public record ApplyPolicy(List<String> allowed, List<String> refused) {

  /** Refused unless allowed: what makes tools run code or change how they behave. */
  public static final List<String> DEFAULT_REFUSED =
      List.of(
          ".mvn",
          "mvnw*",
          ".m2",
          "settings.xml",
          "pom.xml",
          "toolchains.xml",
          ".git*",
          ".github",
          ".gitlab-ci.yml",
          ".bashrc",
          ".bash_profile",
          ".bash_login",
          ".bash_logout",
          ".profile",
          ".zshrc",
          ".zshenv",
          ".zprofile",
          ".zlogin",
          ".cshrc",
          ".tcshrc",
          ".envrc",
          ".vscode",
          ".idea",
          ".devcontainer",
          ".husky",
          ".pre-commit-config.yaml");

  public ApplyPolicy {
    allowed = checked(Setting.APPLY_ALLOWED, allowed);
    refused = checked(Setting.APPLY_REFUSED, refused);
  }

  /** The default refusals, nothing allowed beyond them. */
  public static ApplyPolicy defaults() {
    return new ApplyPolicy(List.of(), List.of());
  }

  /** Why {@code name} may not be applied, or empty when it may. */
  public Optional<String> refusal(String name) {
    for (String pattern : refused) {
      if (matches(pattern, name)) {
        return Optional.of("refused by applyRefused '" + pattern + "'");
      }
    }
    for (String pattern : DEFAULT_REFUSED) {
      if (matches(pattern, name) && allowed.stream().noneMatch(a -> matches(a, name))) {
        return Optional.of(
            "'" + pattern + "' can change how your tools behave (allow it with" + " applyAllowed)");
      }
    }
    return Optional.empty();
  }

  /** Whether a glob matches a relative path, '/'-separated, without regard to case. */
  static boolean matches(String glob, String path) {
    String name = path.toLowerCase(Locale.ROOT);
    Pattern pattern = Pattern.compile(regex(glob.toLowerCase(Locale.ROOT)));
    if (glob.contains("/")) {
      return pattern.matcher(name).matches();
    }
    for (String segment : name.split("/")) {
      if (pattern.matcher(segment).matches()) {
        return true;
      }
    }
    return false;
  }

  private static String regex(String glob) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        regex.append(".*");
        i++;
        if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
          i++;
          regex.append("/?");
        }
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }

  private static List<String> checked(Setting setting, List<String> patterns) {
    if (patterns == null) {
      return List.of();
    }
    for (String pattern : patterns) {
      if (pattern == null
          || pattern.isBlank()
          || pattern.startsWith("/")
          || pattern.contains("..")
          || pattern.contains("\\")) {
        throw new ConfigurationException(
            setting,
            setting.parameter()
                + " '"
                + pattern
                + "' is"
                + " not a pattern of relative paths; write it like src/** or *.py.");
      }
    }
    return patterns.stream().map(String::strip).toList();
  }
}
