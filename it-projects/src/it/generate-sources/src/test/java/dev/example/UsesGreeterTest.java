package dev.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Hand-written, in the consuming project: it uses the class Azlon generated in this build. */
class UsesGreeterTest {

  @Test
  void theGeneratedGreeterGreets() {
    assertEquals("Hello, build", Greeter.greet("build"));
  }
}
