package dev.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The project's own test, written by hand, of the class Azlon generated in this build. */
class TitlesTest {

  @Test
  void aTitleBecomesAUrlPart() {
    assertEquals("release-notes-2026", Slugs.slug("  Release Notes (2026)  "));
  }
}
