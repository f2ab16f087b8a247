package dev.azlon.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Test runners' summaries, as the runners print them. */
class TestCountTest {

  @Test
  void junitConsoleLauncher() {
    String box =
        """
        Test run finished after 64 ms
        [         3 containers found      ]
        [         3 containers successful ]
        [         5 tests found           ]
        [         1 tests skipped         ]
        [         4 tests started         ]
        [         0 tests aborted         ]
        [         3 tests successful      ]
        [         1 tests failed          ]
        """;

    assertThat(TestCount.in(box)).contains(new TestCount(5, 3, 1, 1));
    assertThat(TestCount.in(box).orElseThrow().describe())
        .isEqualTo("5 tests: 3 passed, 1 failed, 1 skipped");
    assertThat(TestCount.in(box.replace("5 tests found", "0 tests found")).orElseThrow().found())
        .isZero();
  }

  @Test
  void pythonUnittest() {
    assertThat(TestCount.in("...\n------\nRan 3 tests in 0.001s\n\nOK\n"))
        .contains(new TestCount(3, 3, 0, 0));
    assertThat(TestCount.in("Ran 6 tests in 0.01s\n\nFAILED (failures=1, errors=1, skipped=1)\n"))
        .contains(new TestCount(6, 3, 2, 1));
    assertThat(TestCount.in("Ran 1 test in 0.000s\n\nOK (skipped=1)\n"))
        .contains(new TestCount(1, 0, 0, 1));
    assertThat(TestCount.in("\nRan 0 tests in 0.000s\n\nNO TESTS RAN\n").orElseThrow().describe())
        .isEqualTo("no tests found");
  }

  @Test
  void pytest() {
    assertThat(
            TestCount.in("..F\n=========== 1 failed, 2 passed, 1 warning in 0.05s ===========\n"))
        .contains(new TestCount(3, 2, 1, 0));
    assertThat(TestCount.in("....\n4 passed in 0.01s\n")).contains(new TestCount(4, 4, 0, 0));
    assertThat(TestCount.in("3 passed, 2 skipped, 1 error in 0.3s\n"))
        .contains(new TestCount(6, 3, 1, 2));
    assertThat(TestCount.in("\nno tests ran in 0.01s\n")).contains(new TestCount(0, 0, 0, 0));
  }

  @Test
  void otherOutputHasNoCount() {
    assertThat(TestCount.in("Hello, Azlon\n")).isEmpty();
    assertThat(TestCount.in("We ran 3 tests in our heads.")).isEmpty();
    assertThat(TestCount.in("")).isEmpty();
  }

  @Test
  void oneTestIsSingular() {
    assertThat(new TestCount(1, 1, 0, 0).describe()).isEqualTo("1 test: 1 passed");
  }
}
