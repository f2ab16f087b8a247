package dev.azlon.sandbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a model's Dockerfile before anything is built: it may start only from allowed images, and
 * may not ask the builder for powers beyond an ordinary build (host network, insecure mode,
 * secrets, SSH agents) or pull other images on the side.
 */
public final class DockerfilePolicy {

  private static final Pattern DIRECTIVE =
      Pattern.compile("^#\\s*(syntax|escape)\\s*=.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern FORBIDDEN_RUN_FLAG =
      Pattern.compile(
          "--network=host|--security=insecure|--mount=\\S*type=(secret|ssh)",
          Pattern.CASE_INSENSITIVE);

  private final List<String> allowedImages;

  private DockerfilePolicy(List<String> allowedImages) {
    this.allowedImages = List.copyOf(allowedImages);
  }

  /**
   * A policy allowing these base images: exact names, or patterns where {@code *} stands for any
   * text ({@code python:3.*}); {@code *} alone allows any image.
   */
  public static DockerfilePolicy allowing(List<String> allowedImages) {
    return new DockerfilePolicy(allowedImages);
  }

  /** The problems with {@code dockerfile}, one sentence each; empty when it may be built. */
  public List<String> problems(String dockerfile) {
    List<String> problems = new ArrayList<>();
    Set<String> stages = new HashSet<>();
    boolean sawFrom = false;
    int number = 0;
    for (String instruction : instructions(dockerfile, problems)) {
      number++;
      String[] words = instruction.strip().split("\\s+");
      String keyword = words[0].toUpperCase(Locale.ROOT);
      String where = "instruction " + number + " (" + abbreviate(instruction) + ")";
      if (!sawFrom && !keyword.equals("FROM") && !keyword.equals("ARG")) {
        problems.add(where + ": the Dockerfile must begin with FROM");
      }
      switch (keyword) {
        case "FROM" -> {
          sawFrom = true;
          checkFrom(words, stages, where, problems);
        }
        case "RUN" -> {
          if (FORBIDDEN_RUN_FLAG.matcher(instruction).find()) {
            problems.add(
                where
                    + ": RUN may not use the host network, insecure mode, secrets or"
                    + " SSH mounts");
          }
        }
        case "COPY", "ADD" -> checkCopyFrom(words, stages, where, problems);
        case "WORKDIR" -> {
          String dir = words.length > 1 ? words[1].replaceAll("/+", "/") : "";
          if (dir.equals("/proc") || dir.startsWith("/proc/")) {
            problems.add(where + ": WORKDIR may not be under /proc");
          }
        }
        default -> {
          // Other instructions need no check.
        }
      }
    }
    if (!sawFrom) {
      problems.add("the Dockerfile has no FROM instruction");
    }
    return problems;
  }

  private void checkFrom(String[] words, Set<String> stages, String where, List<String> problems) {
    int i = 1;
    while (i < words.length && words[i].startsWith("--")) {
      i++;
    }
    if (i >= words.length) {
      problems.add(where + ": FROM names no image");
      return;
    }
    String image = words[i];
    if (image.contains("$")) {
      problems.add(where + ": FROM must name its image literally, not through a variable");
    } else if (!stages.contains(image.toLowerCase(Locale.ROOT)) && !allowed(image)) {
      problems.add(
          where
              + ": the base image "
              + image
              + " is not allowed; use "
              + String.join(" or ", allowedImages));
    }
    if (i + 2 < words.length && words[i + 1].equalsIgnoreCase("AS")) {
      stages.add(words[i + 2].toLowerCase(Locale.ROOT));
    }
  }

  private void checkCopyFrom(
      String[] words, Set<String> stages, String where, List<String> problems) {
    for (String word : words) {
      if (word.toLowerCase(Locale.ROOT).startsWith("--from=")) {
        String source = word.substring("--from=".length());
        boolean stage =
            stages.contains(source.toLowerCase(Locale.ROOT))
                || source.chars().allMatch(Character::isDigit);
        if (!stage && !allowed(source)) {
          problems.add(where + ": --from may name only an earlier stage or an allowed image");
        }
      }
    }
  }

  /**
   * Whether an image (or an image pattern, taken as text) may be started from: a spec file's images
   * are held to the POM's this way.
   */
  public boolean allows(String image) {
    return allowed(image);
  }

  private boolean allowed(String image) {
    return allowedImages.stream().anyMatch(pattern -> glob(pattern).matcher(image).matches());
  }

  /** {@code *} matches any text; everything else matches itself. */
  private static Pattern glob(String pattern) {
    return Pattern.compile(
        Arrays.stream(pattern.split("\\*", -1))
            .map(Pattern::quote)
            .collect(Collectors.joining(".*")));
  }

  /** Instructions with continuation lines joined; comments and blank lines dropped. */
  private static List<String> instructions(String dockerfile, List<String> problems) {
    List<String> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean header = true;
    for (String line : dockerfile.lines().toList()) {
      String stripped = line.strip();
      if (header && DIRECTIVE.matcher(stripped).matches()) {
        problems.add("parser directives such as '" + abbreviate(stripped) + "' are not allowed");
        continue;
      }
      if (stripped.startsWith("#") || (stripped.isEmpty() && current.length() == 0)) {
        continue;
      }
      header = false;
      if (stripped.endsWith("\\")) {
        current.append(stripped, 0, stripped.length() - 1).append(' ');
        continue;
      }
      current.append(stripped);
      if (!current.toString().isBlank()) {
        instructions.add(current.toString());
      }
      current.setLength(0);
    }
    if (!current.toString().isBlank()) {
      instructions.add(current.toString());
    }
    return instructions;
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
