import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub
import java.nio.file.Files

// A pull request replaces azlon.lock by a link to a folder elsewhere on the machine.
def outside = new File(basedir.parentFile, "lock-linked-outside")
new File(outside, "files").mkdirs()
new File(outside, "files/keep.txt").text = "mine\n"
new File(outside, "lock.json").text = "PRIVATE-KEY-MATERIAL\n"
Files.createSymbolicLink(new File(basedir, "azlon.lock").toPath(), outside.toPath())

OpenAiStub.startFor(basedir)
    .answer(Answers.pythonCandidate(baseImage, "print('Hello, Azlon')"))
    .answer(Answers.review(true, "It prints exactly: Hello, Azlon"))
return true
