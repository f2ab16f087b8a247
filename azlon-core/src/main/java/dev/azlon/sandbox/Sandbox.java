package dev.azlon.sandbox;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Where candidates are built and run, isolated from the host. */
public interface Sandbox {

  /**
   * The images among {@code images} that are neither present nor can be had (pulled), each with the
   * reason; empty when all are there. Asked before a solve's first model call, so a missing base
   * image costs no tokens.
   */
  Map<String, String> missingImages(Collection<String> images);

  /** The id of {@code image} where it is, if this sandbox can tell; empty otherwise. */
  default Optional<String> imageId(String image) {
    return Optional.empty();
  }

  /**
   * Opens a session for one solve run. Everything the session creates carries {@code runId} and is
   * removed when the session closes.
   */
  SandboxSession open(String runId);

  /** The sandbox's rules in the model's terms, one line starting with "- " each. */
  String rules();

  /**
   * The rules for candidates built from {@code baseImage}: with what the image holds, where this
   * sandbox can tell (the model is told the image's real toolchain instead of guessing it). Asked
   * once before a solve's first model call; never fails for want of the facts.
   */
  default String rules(String baseImage) {
    return rules();
  }
}
