package dev.azlon.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a base image holds, as a short probe inside it found: the model is told these facts instead
 * of guessing the toolchain. A field is null when the probe found no such thing.
 *
 * @param os the system's name ({@code PRETTY_NAME} of {@code /etc/os-release})
 * @param python {@code python3 --version}
 * @param pip how pip is run ({@code pip3}, {@code pip}, {@code python3 -m pip})
 * @param java the first line of {@code java -version}
 * @param javac the first line of {@code javac -version}
 * @param maven the first line of {@code mvn -v}
 * @param gradle where {@code gradle} is
 * @param node {@code node --version}
 * @param npm where {@code npm} is
 * @param systemPackages the system's package manager ({@code apt-get}, {@code apk}, ...)
 * @param junitConsole the JUnit console launcher's jar
 * @param user the user build steps run as (the image's {@code USER}, root when it sets none)
 * @param workingDirectory the image's {@code WORKDIR}, {@code /} when it sets none
 */
public record ImageFacts(
    String os,
    String python,
    String pip,
    String java,
    String javac,
    String maven,
    String gradle,
    String node,
    String npm,
    String systemPackages,
    String junitConsole,
    String user,
    String workingDirectory) {

  /** The longest value kept: a version line, a path. */
  static final int MAX_VALUE = 160;

  /**
   * Facts from the probe's {@code key=value} lines and the image's configuration. Values are cut to
   * printable text: the image is the user's choice, but its output still reaches a prompt.
   */
  static ImageFacts of(Map<String, String> probed, String user, String workingDirectory) {
    return new ImageFacts(
        clean(probed.get("os")),
        clean(probed.get("python3")),
        clean(probed.get("pip")),
        clean(probed.get("java")),
        clean(probed.get("javac")),
        clean(probed.get("mvn")),
        clean(probed.get("gradle")),
        clean(probed.get("node")),
        clean(probed.get("npm")),
        clean(probed.get("packages")),
        clean(probed.get("junit")),
        clean(user) == null ? "root" : clean(user),
        clean(workingDirectory) == null ? "/" : clean(workingDirectory));
  }

  /** Whether anything can install packages at build time (given a network). */
  public boolean canInstall() {
    return !installers().isEmpty();
  }

  /** What can install packages at build time: pip, npm, Maven, Gradle, the system's. */
  List<String> installers() {
    List<String> installers = new ArrayList<>();
    add(installers, pip, pip);
    add(installers, npm, "npm");
    add(installers, maven, "mvn");
    add(installers, gradle, "gradle");
    add(installers, systemPackages, systemPackages + " as " + user);
    return installers;
  }

  /** Whether Java can be compiled in the image. */
  public boolean compilesJava() {
    return javac != null || maven != null || gradle != null;
  }

  /** What the image has, each as the model would use it. */
  List<String> has() {
    List<String> has = new ArrayList<>();
    add(has, python, python + " (python3)");
    add(has, pip, "pip (" + pip + ")");
    add(has, java, "Java, " + java + " (java)");
    add(has, javac, "the Java compiler (javac)");
    add(has, maven, maven + " (mvn)");
    add(has, gradle, "Gradle (gradle)");
    add(has, node, "Node.js " + node + " (node)");
    add(has, npm, "npm");
    add(has, junitConsole, "the JUnit console launcher (java -jar " + junitConsole + ")");
    add(has, systemPackages, "the system's package manager (" + systemPackages + ")");
    return has;
  }

  /** What the image lacks among the tools a task usually wants. */
  List<String> lacks() {
    List<String> lacks = new ArrayList<>();
    if (python == null) {
      lacks.add("Python");
    } else if (pip == null) {
      lacks.add("pip");
    }
    if (java == null) {
      lacks.add("Java");
    } else if (javac == null) {
      lacks.add("a Java compiler");
    }
    if (java != null && maven == null) {
      lacks.add("Maven");
    }
    if (java != null && gradle == null) {
      lacks.add("Gradle");
    }
    if (node == null) {
      lacks.add("Node.js");
    }
    return lacks;
  }

  /** The facts in one line, for a log. */
  public String describe() {
    List<String> has = has();
    return (os == null ? "an unknown system" : os)
        + (has.isEmpty() ? "" : "; has " + String.join(", ", has))
        + (lacks().isEmpty() ? "" : "; no " + String.join(", no ", lacks()));
  }

  private static void add(List<String> list, String fact, String text) {
    if (fact != null) {
      list.add(text);
    }
  }

  private static String clean(String value) {
    if (value == null) {
      return null;
    }
    String text = value.replaceAll("[^\\x20-\\x7E]", "").strip();
    if (text.isEmpty()) {
      return null;
    }
    return text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE) + "...";
  }
}
