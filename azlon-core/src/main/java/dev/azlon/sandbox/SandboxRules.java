package dev.azlon.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's rules in the model's terms, one line starting with "- " each: the limits, and, when
 * the base image was probed, what it holds and only the advice that fits it. Each line must be true
 * of the sandbox.
 */
final class SandboxRules {

  private SandboxRules() {}

  static String of(SandboxLimits limits, Optional<ImageFacts> image) {
    List<String> rules = new ArrayList<>();
    image.ifPresent(facts -> rules.addAll(facts(facts)));
    rules.add(buildNetwork(limits, image));
    rules.add(
        limits.runNetwork()
            ? "- The program may use the network while it runs."
            : "- The program runs without any network access.");
    rules.add(
        "- It runs as an unprivileged user (uid 65534) with "
            + limits.memoryBytes() / (1024 * 1024)
            + " MiB of memory, and is killed after "
            + Quantities.words(limits.runTimeout())
            + ".");
    rules.add("- The file system is read-only except /tmp; write any scratch files there.");
    if (image.isEmpty()) {
      rules.add(
          "- Compile at image build time (RUN javac ..., RUN mvn -o package): the program only"
              + " runs. Tools that write while it runs (a Maven local repository, compiler output,"
              + " test reports) must write under /tmp.");
    } else if (image.get().compilesJava()) {
      ImageFacts facts = image.get();
      String how =
          facts.javac() != null && facts.maven() != null
              ? "RUN javac ..., RUN mvn -o package"
              : facts.javac() != null ? "RUN javac ..." : "RUN mvn -o package";
      rules.add(
          "- Compile at image build time ("
              + how
              + "): the program only runs. Tools that write while it runs ("
              + (facts.maven() != null ? "a Maven local repository, " : "")
              + "compiler output, test reports) must write under /tmp.");
    }
    return String.join("\n", rules);
  }

  private static List<String> facts(ImageFacts facts) {
    List<String> lines = new ArrayList<>();
    List<String> has = facts.has();
    List<String> lacks = facts.lacks();
    lines.add(
        "- The base image runs "
            + (facts.os() == null ? "an unknown system" : facts.os())
            + (has.isEmpty() ? "" : ". It has " + String.join(", ", has))
            + (lacks.isEmpty()
                ? ""
                : (has.isEmpty() ? ". It has no " : "; no ") + String.join(", no ", lacks))
            + ".");
    lines.add(
        "- Its build steps run as "
            + facts.user()
            + " in "
            + facts.workingDirectory()
            + "; set WORKDIR to where your files go.");
    return lines;
  }

  private static String buildNetwork(SandboxLimits limits, Optional<ImageFacts> image) {
    String stopped = "It is stopped after " + Quantities.words(limits.buildTimeout()) + ".";
    if (!limits.buildNetwork()) {
      return "- The image build has no network: no package manager can reach a registry; install"
          + " nothing from outside the base image. "
          + stopped;
    }
    if (image.isPresent() && !image.get().canInstall()) {
      return "- The image has nothing to install packages with, so nothing can be installed at"
          + " build time: use what it has. "
          + stopped;
    }
    return "- The image build may use the network to install packages"
        + image.map(facts -> " (with " + String.join(", ", facts.installers()) + ")").orElse("")
        + ". "
        + stopped;
  }
}
