// Scripts a model that first writes the wrong greeting, then fixes it in its review, then accepts.
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

def stub = OpenAiStub.startFor(basedir)
stub.answer(Answers.pythonCandidate(baseImage, "print('Hello, world')"))
    .answer(Answers.review(false, "It greets the world, not Azlon.", "main.py", "print('Hello, Azlon')"))
    .answer(Answers.review(true, "It prints exactly: Hello, Azlon"))

return true
