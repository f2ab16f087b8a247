package dev.azlon.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.azlon.solve.Outcome;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import dev.azlon.solve.Solver;
import dev.azlon.testing.ScriptedChatModel;
import dev.azlon.testing.TestImages;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.Checks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Java candidate on the local JDK image: compiled at build time, run under the default sandbox
 * limits (read-only root, no network, 1 GiB, 1 CPU), and judged by its own JUnit 5 tests.
 */
class JavaCandidateIT {

  private static final String DOCKERFILE =
      "FROM "
          + TestImages.JDK
          + "\nCOPY . /app\nWORKDIR /app\n"
          + "RUN mkdir classes && javac -d classes -cp "
          + TestImages.JUNIT_CONSOLE
          + " $(find src -name '*.java')\n"
          + "CMD [\"java\", \"-cp\", \"classes\", \"dev.example.Main\"]\n";

  private static final String GREETER =
      "package dev.example;\n\npublic final class Greeter {\n"
          + "  public static String greet(String name) {\n    return \"Hello, \" + name;\n  }\n}\n";

  private static final String MAIN =
      "package dev.example;\n\npublic final class Main {\n"
          + "  public static void main(String[] args) {\n"
          + "    System.out.println(Greeter.greet(\"Azlon\"));\n  }\n}\n";

  private static final String JUNIT =
      "java -jar "
          + TestImages.JUNIT_CONSOLE
          + " --disable-banner --details=summary -cp classes --select-class"
          + " dev.example.GreeterTest";

  @TempDir Path output;

  @Test
  void aJavaCandidateCompilesRunsAndPassesItsOwnJUnitTests() {
    SolveResult result = solve("Hello, Azlon");

    assertThat(result.outcome()).isEqualTo(Outcome.SOLVED);
    assertThat(result.iterations()).isEqualTo(1);
  }

  @Test
  void aFailingJUnitTestKeepsTheTaskUnsolvedAndSaysWhichTest() {
    SolveResult result = solve("Hi, Azlon");

    assertThat(result.outcome()).isEqualTo(Outcome.UNSOLVED);
    assertThat(result.detail()).contains("exited with code 1").contains("greetsByName");
  }

  private SolveResult solve(String expectedByTheTest) {
    String test =
        "package dev.example;\n\nimport static org.junit.jupiter.api.Assertions.assertEquals;\n\n"
            + "import org.junit.jupiter.api.Test;\n\nclass GreeterTest {\n"
            + "  @Test\n  void greetsByName() {\n"
            + "    assertEquals(\""
            + expectedByTheTest
            + "\", Greeter.greet(\"Azlon\"));\n  }\n}\n";
    ScriptedChatModel model =
        new ScriptedChatModel()
            .answer(
                candidate(
                    "src/main/java/dev/example/Greeter.java", GREETER,
                    "src/main/java/dev/example/Main.java", MAIN,
                    "src/test/java/dev/example/GreeterTest.java", test));
    SolveSpec spec =
        SolveSpec.builder()
            .prompt("Write a Java greeter with a JUnit 5 test.")
            .testConditions("Prints Hello, Azlon")
            .maxIterations(1)
            .baseImage(TestImages.JDK)
            .checks(
                Checks.of(
                    List.of(
                        new Check.StdoutContains("Hello, Azlon"),
                        new Check.Command(JUNIT, Duration.ofMinutes(2))),
                    true))
            .judge(false)
            .build();
    return Solver.builder()
        .model(model)
        .sandbox(DockerSandbox.connect(SandboxLimits.defaults()))
        .outputDirectory(output)
        .build()
        .solve(spec);
  }

  private static String candidate(String... namesAndContents) {
    ObjectNode answer = new ObjectMapper().createObjectNode().put("dockerfile", DOCKERFILE);
    ArrayNode files = answer.putArray("files");
    for (int i = 0; i < namesAndContents.length; i += 2) {
      files
          .addObject()
          .put("filename", namesAndContents[i])
          .put("content", namesAndContents[i + 1]);
    }
    return answer.toString();
  }
}
