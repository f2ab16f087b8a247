package dev.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BetaTest {

  @Test
  void theGeneratedClassIsThisModules() {
    assertEquals("beta", Beta.name());
  }
}
