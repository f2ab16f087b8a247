import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

// The project already has an identical Dockerfile and an unrelated file; both must survive.
def target = new File(basedir, "src/main/python")
target.mkdirs()
new File(target, "Dockerfile").text = Answers.pythonDockerfile(baseImage)
new File(target, "notes.txt").text = "mine\n"
OpenAiStub.startFor(basedir)
    .answer(Answers.pythonCandidate(baseImage, "print('Hello, Azlon')"))
    .answer(Answers.review(true, "It prints exactly: Hello, Azlon"))
return true
