import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

def key = "azk.ItKey-4711-quiet"
def escaped = key.collect { String.format("\\u%04x", (int) it.charAt(0)) }.join()
def dockerfile = "FROM ${jdkImage}\nCOPY . /app\nWORKDIR /app\n" +
    "RUN mkdir classes && javac -d classes \$(find src -name '*.java')\n" +
    "CMD [\"java\", \"-cp\", \"classes\", \"dev.example.Main\"]\n"
def candidate = Answers.candidate(dockerfile,
    "src/main/java/dev/example/Greeter.java",
    "package dev.example;\n\npublic final class Greeter {\n  public static final String NOTE = \"${key}\";\n\n  public static String greet(String name) {\n    return \"Hello, \" + name;\n  }\n}\n",
    "src/main/java/dev/example/Main.java",
    "package dev.example;\n\npublic final class Main {\n  public static void main(String[] args) {\n    System.out.println(Greeter.greet(\"Azlon\"));\n  }\n}\n",
    "notes/${key}.txt", "the key: ${key}\n")
assert candidate.contains(key)
OpenAiStub.startFor(basedir)
    .answer(candidate.replace(key, escaped))
    .answer(Answers.review(true, "Greets Azlon; the key was ${key}").replace(key, escaped))
return true
