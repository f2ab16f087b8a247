package dev.azlon.testing;

/** The locally made base image Docker-backed tests build on (see scripts/ensure-docker.sh). */
public final class TestImages {

  /** Debian bookworm with python3, made by debootstrap because no registry is reachable. */
  public static final String PYTHON =
      System.getProperty("azlon.test.baseImage", "azlon-local/python:3-bookworm");

  /** Debian bookworm with openjdk-17-jdk-headless and JUnit 5's console launcher. */
  public static final String JDK =
      System.getProperty("azlon.test.jdkImage", "azlon-local/jdk:17-bookworm");

  /** JUnit 5's console launcher in {@link #JDK}, from Debian's junit5 package. */
  public static final String JUNIT_CONSOLE =
      "/usr/share/java/junit-platform-console-standalone.jar";

  private TestImages() {}
}
