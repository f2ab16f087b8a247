// Each spec's answer: a library, its JUnit test, and a Main under src/run/java at the same path.
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

def dockerfile = "FROM ${jdkImage}\nCOPY . /app\nWORKDIR /app\n" +
    "RUN mkdir classes && javac -d classes -cp /usr/share/java/junit-platform-console-standalone.jar \$(find src -name '*.java')\n" +
    "RUN java -jar /usr/share/java/junit-platform-console-standalone.jar --disable-banner -cp classes --select-package dev.example\n" +
    "CMD [\"java\", \"-cp\", \"classes\", \"dev.example.Main\"]\n"

def answer = { String name, String type ->
    Answers.candidate(dockerfile,
        "src/main/java/dev/example/${name}/${type}.java",
        "package dev.example.${name};\n\npublic final class ${type} {\n  public static String name() {\n    return \"${name}\";\n  }\n}\n",
        "src/test/java/dev/example/${name}/${type}Test.java",
        "package dev.example.${name};\n\nimport static org.junit.jupiter.api.Assertions.assertEquals;\n\nimport org.junit.jupiter.api.Test;\n\nclass ${type}Test {\n  @Test\n  void named() {\n    assertEquals(\"${name}\", ${type}.name());\n  }\n}\n",
        "src/run/java/dev/example/Main.java",
        "package dev.example;\n\npublic final class Main {\n  public static void main(String[] args) {\n    System.out.println(dev.example.${name}.${type}.name());\n  }\n}\n")
}
OpenAiStub.startFor(basedir)
    .answerWhen("ALPHA-SPEC", answer("alpha", "Alpha"))
    .answerWhen("BETA-SPEC", answer("beta", "Beta"))

return true
