// Each module's own class, answered by marker whatever order the two threads ask in.
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

def dockerfile = "FROM ${jdkImage}\nCOPY . /app\nWORKDIR /app\n" +
    "RUN mkdir classes && javac -d classes \$(find src -name '*.java')\n" +
    "CMD [\"java\", \"-cp\", \"classes\", \"dev.example.Main\"]\n"
def candidate = { String type, String name ->
    Answers.candidate(dockerfile,
        "src/main/java/dev/example/${type}.java",
        "package dev.example;\n\npublic final class ${type} {\n  public static String name() {\n    return \"${name}\";\n  }\n}\n",
        "src/main/java/dev/example/Main.java",
        "package dev.example;\n\npublic final class Main {\n  public static void main(String[] args) {\n    System.out.println(${type}.name());\n  }\n}\n")
}
OpenAiStub.startFor(basedir)
    .answerWhen("ALPHA-MODULE", candidate("Alpha", "alpha"))
    .answerWhen("BETA-MODULE", candidate("Beta", "beta"))

return true
