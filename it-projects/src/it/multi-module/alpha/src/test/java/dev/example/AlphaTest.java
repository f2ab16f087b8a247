package dev.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AlphaTest {

  @Test
  void theGeneratedClassIsThisModules() {
    assertEquals("alpha", Alpha.name());
  }
}
