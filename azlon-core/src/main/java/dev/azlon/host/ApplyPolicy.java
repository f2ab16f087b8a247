package dev.azlon.host;

import dev.azlon.ConfigurationException;
import dev.azlon.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jgit.ignore.FastIgnoreRule;

/**
 * Which of a solution's files may be copied into the user's project. Some names change how the
 * user's own tools behave on their next build or checkout (Maven's {@code .mvn/extensions.xml}
 * loads code, a {@code .git*} file, CI file or build file runs code, a shell rc file runs on
 * login), so they are refused unless the POM allows them. The candidate may still use them inside
 * its sandbox.
 *
 * <p>Patterns are gitignore patterns (JGit's matcher), without regard to case: a pattern without
 * {@code /} matches a file or folder of that name at any depth; with {@code /}, the path from the
 * apply directory; {@code *} within a name, {@code **} across folders. Matching goes by path
 * segment, as git's does: a refusal hits the file or folder it names, and only a pattern that names
 * that same file or folder lifts it ({@code .mvn} or {@code .mvn/**} lift {@code .mvn/}; {@code
 * *.xml} lifts no file inside it).
 *
 * <p>The POM's {@code applyAllowed} lifts refusals; a spec file can only narrow it: a lift must
 * pass the POM's list and every spec's. Refusals ({@code applyRefused}, the POM's and the specs')
 * always win.
 */
public final class ApplyPolicy {

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
          "Jenkinsfile",
          ".circleci",
          ".travis.yml",
          "azure-pipelines.yml",
          ".buildkite",
          "Makefile",
          "GNUmakefile",
          "build.gradle",
          "build.gradle.kts",
          "settings.gradle",
          "settings.gradle.kts",
          "gradle.properties",
          "gradlew*",
          "**/gradle/wrapper",
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

  private final List<String> allowed;
  private final List<String> refused;
  private final List<List<String>> narrowings;

  /**
   * @param allowed patterns lifted from the default refusals (the POM's)
   * @param refused patterns refused in addition; they win over {@code allowed}
   */
  public ApplyPolicy(List<String> allowed, List<String> refused) {
    this(
        checked(Setting.APPLY_ALLOWED, allowed),
        checked(Setting.APPLY_REFUSED, refused),
        List.of());
  }

  private ApplyPolicy(List<String> allowed, List<String> refused, List<List<String>> narrowings) {
    this.allowed = allowed;
    this.refused = refused;
    this.narrowings = narrowings;
  }

  /** The default refusals, nothing allowed beyond them. */
  public static ApplyPolicy defaults() {
    return new ApplyPolicy(List.of(), List.of());
  }

  /**
   * This policy as a spec file narrows it: its refusals are added, and its {@code applyAllowed}, if
   * it sets one, must also let a lift through. A spec can lift nothing the POM does not.
   *
   * @param specAllowed the spec's applyAllowed, or null when it sets none
   * @param specRefused the spec's applyRefused
   */
  public ApplyPolicy narrowedBy(List<String> specAllowed, List<String> specRefused) {
    List<String> moreRefused = new ArrayList<>(refused);
    moreRefused.addAll(checked(Setting.APPLY_REFUSED, specRefused));
    List<List<String>> moreNarrowings = new ArrayList<>(narrowings);
    if (specAllowed != null) {
      moreNarrowings.add(checked(Setting.APPLY_ALLOWED, specAllowed));
    }
    return new ApplyPolicy(allowed, List.copyOf(moreRefused), List.copyOf(moreNarrowings));
  }

  /** The POM's lifts. */
  public List<String> allowed() {
    return allowed;
  }

  /** Every refusal, the POM's and the specs'. */
  public List<String> refused() {
    return refused;
  }

  /** Why {@code name} may not be applied to the project's root, or empty when it may. */
  public Optional<String> refusal(String name) {
    return refusal(name, "");
  }

  /**
   * Why {@code name} may not be applied, or empty when it may.
   *
   * @param name the file's path in the apply directory, '/'-separated
   * @param folder the apply directory's path in the project ("" at its root, or outside it): the
   *     default refusals see the file's whole path in the project, so an apply directory inside
   *     {@code .mvn/} or {@code .git/} lifts nothing
   */
  public Optional<String> refusal(String name, String folder) {
    for (String pattern : refused) {
      if (matches(pattern, name, false, false)) {
        return Optional.of("refused by applyRefused '" + pattern + "'");
      }
    }
    String path = folder.isEmpty() ? name : folder + "/" + name;
    String[] segments = path.split("/");
    StringBuilder entry = new StringBuilder();
    for (int i = 0; i < segments.length; i++) {
      entry.append(i == 0 ? "" : "/").append(segments[i]);
      boolean directory = i < segments.length - 1;
      String inProject = entry.toString();
      String inApply =
          folder.isEmpty()
              ? inProject
              : inProject.startsWith(folder + "/")
                  ? inProject.substring(folder.length() + 1)
                  : null;
      for (String pattern : DEFAULT_REFUSED) {
        if (!matches(pattern, inProject, directory, true)) {
          continue;
        }
        if (!lifts(allowed, inApply, segments[i], directory)) {
          return Optional.of(
              "'"
                  + pattern
                  + "' can change how your tools behave (allow "
                  + inProject
                  + " with "
                  + Setting.APPLY_ALLOWED.mention()
                  + " in the build)");
        }
        for (List<String> narrowing : narrowings) {
          if (!lifts(narrowing, inApply, segments[i], directory)) {
            return Optional.of(
                "'"
                    + pattern
                    + "' can change how your tools behave; the build allows it, but the spec's"
                    + " applyAllowed does not list it");
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a pattern of {@code patterns} names the refused entry itself: {@code inApply} (its path
   * in the apply directory), or only its name when it lies above the apply directory.
   */
  private static boolean lifts(
      List<String> patterns, String inApply, String name, boolean directory) {
    for (String pattern : patterns) {
      boolean anchored = pattern.replaceFirst("/\\*\\*$", "").contains("/");
      String path = inApply != null ? inApply : anchored ? null : name;
      if (path == null) {
        continue;
      }
      if (matches(pattern, path, directory, true)
          || pattern.endsWith("/**")
              && matches(pattern.substring(0, pattern.length() - 3), path, true, true)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a gitignore pattern matches a '/'-separated path, without regard to case.
   *
   * @param whole true: the path itself must match; false: a folder on its way may match instead
   */
  static boolean matches(String pattern, String path, boolean directory, boolean whole) {
    return new FastIgnoreRule(pattern.toLowerCase(Locale.ROOT))
        .isMatch(path.toLowerCase(Locale.ROOT), directory, whole);
  }

  private static List<String> checked(Setting setting, List<String> patterns) {
    if (patterns == null) {
      return List.of();
    }
    for (String pattern : patterns) {
      if (pattern == null
          || pattern.isBlank()
          || pattern.strip().startsWith("/")
          || pattern.strip().startsWith("!")
          || pattern.contains("..")
          || pattern.contains("\\")) {
        throw new ConfigurationException(
            setting,
            setting.key()
                + " '"
                + pattern
                + "' is"
                + " not a pattern of relative paths; write it like src/** or *.py.");
      }
    }
    return patterns.stream().map(String::strip).toList();
  }
}
