package dev.azlon.solve;

import java.util.Objects;

/**
 * How the build uses a solution's files, which the model is told so that it puts each file where it
 * belongs: library code under {@code src/main/java}, its JUnit tests under {@code src/test/java},
 * and the program the container runs under {@code src/run/java}, which never reaches the build. Not
 * part of what is asked ({@link Task#fingerprint()}): a lock stays valid.
 *
 * @param root where the build takes solved sources from
 * @param tests with {@link SourceRoot#MAIN}, whether the model's tests become test sources too
 */
public record Layout(SourceRoot root, boolean tests) {

  /** The folder the program the container runs goes in, never generated into the build. */
  public static final String RUN_SOURCES = "src/run/java";

  /** Solutions that no build compiles. */
  public static final Layout NONE = new Layout(SourceRoot.NONE, false);

  public Layout {
    Objects.requireNonNull(root, "root");
  }

  /** What the model is told, one "- " line each; empty when no build uses the files. */
  public String instructions() {
    return switch (root) {
      case NONE -> "";
      case MAIN ->
          String.join(
              "\n",
              "- Your Java files also become part of a Maven build. Library code under"
                  + " src/main/java (in packages) becomes the build's main sources.",
              tests
                  ? "- JUnit 5 tests under src/test/java become the build's test sources and run"
                      + " in its tests too; test the library's behaviour there."
                  : "- Tests under src/test/java stay in this container: the build does not get"
                      + " them.",
              "- The program the container runs (its main class) goes under "
                  + RUN_SOURCES
                  + ": it only shows the library working here and never reaches the build. Put"
                  + " no main program under src/main/java.",
              "- Compile all of them in the image; the checks and the judge see the container's"
                  + " run.");
      case TEST ->
          String.join(
              "\n",
              "- Your Java files also become part of a Maven build. JUnit 5 tests under"
                  + " src/test/java (in packages) become the build's test sources.",
              "- Anything else (src/main/java, and the program the container runs, under "
                  + RUN_SOURCES
                  + ") stays in this container and never reaches the build.",
              "- Compile all of them in the image; the checks and the judge see the container's"
                  + " run.");
    };
  }
}
