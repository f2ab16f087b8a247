package dev.azlon.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Which files a text names as files, path-aware, with the lines it names. */
class FileReferencesTest {

  private static final List<String> FILES =
      List.of(
          "Dockerfile",
          "pkg/models.py",
          "pkg/views.py",
          "tests/test_models.py",
          "poetry.lock",
          "src/main/java/shop/Order.java",
          "README.md");

  @Test
  void tracebackFramesNameFilesWithTheirLines() {
    String traceback =
        "Traceback (most recent call last):\n"
            + "  File \"/app/pkg/views.py\", line 12, in handle\n"
            + "  File \"/usr/lib/python3.12/json/decoder.py\", line 337, in decode\n"
            + "  File \"/app/pkg/models.py\", line 40, in save\n"
            + "  File \"/app/pkg/models.py\", line 7, in check\n"
            + "ValueError: bad";

    var named = new FileReferences(FILES).scan(traceback, true).named();

    assertThat(named.keySet()).containsExactly("pkg/views.py", "pkg/models.py");
    assertThat(named.get("pkg/models.py")).containsExactly(7, 40);
  }

  @Test
  void compilerAndTestRunnerReferencesName() {
    String output =
        "[ERROR] /app/src/main/java/shop/Order.java:[12,5] cannot find symbol\n"
            + "\tat shop.Order.total(Order.java:31)\n"
            + "tests/test_models.py:23: AssertionError\n"
            + "Dockerfile:4\n";

    var named = new FileReferences(FILES).scan(output, true).named();

    assertThat(named.keySet())
        .containsExactly("src/main/java/shop/Order.java", "tests/test_models.py", "Dockerfile");
    assertThat(named.get("src/main/java/shop/Order.java")).containsExactly(12, 31);
  }

  @Test
  void aListingInTheOutputNamesNothingButTheVerdictNamesBareFiles() {
    String listing = "Dockerfile\nREADME.md\npkg\npoetry.lock\nmodels.py is fine\n";

    assertThat(new FileReferences(FILES).scan(listing, true).named()).isEmpty();
    assertThat(
            new FileReferences(FILES)
                .scan("The bug is in models.py; poetry.lock is not the problem.", false)
                .named()
                .keySet())
        .containsExactly("pkg/models.py", "poetry.lock");
  }

  @Test
  void aReferenceNamesAFileOnlyAtAPathBoundary() {
    assertThat(FileReferences.names("/app/pkg/models.py", "pkg/models.py")).isTrue();
    assertThat(FileReferences.names("models.py", "pkg/models.py")).isTrue();
    assertThat(FileReferences.names("./pkg/models.py", "pkg/models.py")).isTrue();
    assertThat(FileReferences.names("/app/otherpkg/models.py", "pkg/models.py")).isFalse();
    assertThat(FileReferences.names("mymodels.py", "pkg/models.py")).isFalse();
    Set<String> named =
        new TreeSet<>(
            new FileReferences(FILES)
                .scan("error in test_models.py:3 and xmodels.py:4", true)
                .named()
                .keySet());
    assertThat(named).containsExactly("tests/test_models.py");
  }
}
