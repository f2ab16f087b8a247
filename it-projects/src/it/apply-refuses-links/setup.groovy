import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub
import java.nio.file.Files

// A folder of the project is a link to a folder outside it: the model's file must not land there.
def outside = new File(basedir, "outside")
outside.mkdirs()
def target = new File(basedir, "src/main/python")
target.mkdirs()
Files.createSymbolicLink(new File(target, "pkg").toPath(), outside.toPath())
OpenAiStub.startFor(basedir)
    .answer(Answers.candidate(Answers.pythonDockerfile(baseImage).replace("main.py", "pkg/main.py"),
        "pkg/main.py", "print('Hello, Azlon')"))
    .answer(Answers.review(true, "It prints exactly: Hello, Azlon"))
return true
