// Scripts a model that never gets the greeting right.
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

def stub = OpenAiStub.startFor(basedir)
stub.answer(Answers.pythonCandidate(baseImage, "print('Hello, world')"))
    .answer(Answers.review(false, "It greets the world, not Azlon.", "main.py", "print('Hello, everyone')"))
    .answer(Answers.review(false, "It still does not greet Azlon."))

return true
