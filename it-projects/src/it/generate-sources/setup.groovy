// A model that writes a Java greeter, its main and its own JUnit test.
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

def dockerfile = "FROM ${jdkImage}\nCOPY . /app\nWORKDIR /app\n" +
    "RUN mkdir classes && javac -d classes -cp /usr/share/java/junit-platform-console-standalone.jar \$(find src -name '*.java')\n" +
    "CMD [\"java\", \"-cp\", \"classes\", \"dev.example.Main\"]\n"
OpenAiStub.startFor(basedir).answer(Answers.candidate(dockerfile,
    "src/main/java/dev/example/Greeter.java",
    "package dev.example;\n\npublic final class Greeter {\n  public static String greet(String name) {\n    return \"Hello, \" + name;\n  }\n}\n",
    "src/main/java/dev/example/Main.java",
    "package dev.example;\n\npublic final class Main {\n  public static void main(String[] args) {\n    System.out.println(Greeter.greet(\"Azlon\"));\n  }\n}\n",
    "src/test/java/dev/example/GreeterTest.java",
    "package dev.example;\n\nimport static org.junit.jupiter.api.Assertions.assertEquals;\n\nimport org.junit.jupiter.api.Test;\n\nclass GreeterTest {\n  @Test\n  void greets() {\n    assertEquals(\"Hello, Azlon\", Greeter.greet(\"Azlon\"));\n  }\n}\n"))

return true
