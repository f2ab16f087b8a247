import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

def target = new File(basedir, "src/main/python")
target.mkdirs()
new File(target, "main.py").text = "print('my own work')\n"
OpenAiStub.startFor(basedir)
    .answer(Answers.pythonCandidate(baseImage, "print('Hello, Azlon')"))
    .answer(Answers.review(true, "It prints exactly: Hello, Azlon"))
return true
