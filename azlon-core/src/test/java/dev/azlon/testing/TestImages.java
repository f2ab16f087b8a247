package dev.azlon.testing;

/** The locally made base image Docker-backed tests build on (see scripts/ensure-docker.sh). */
public final class TestImages {

  /** Debian bookworm with python3, made by debootstrap because no registry is reachable. */
  public static final String PYTHON =
      System.getProperty("azlon.test.baseImage", "azlon-local/python:3-bookworm");

  private TestImages() {}
}
