package dev.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {

  @Test
  void joinsWordsWithOneDash() {
    assertEquals("hello-azlon-world", Slugs.slug("Hello, Azlon World!"));
  }

  @Test
  void trimsDashesAtTheEnds() {
    assertEquals("a-b", Slugs.slug("--a  b--"));
  }
}
