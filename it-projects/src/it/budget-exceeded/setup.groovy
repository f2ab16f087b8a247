// A model that never gets it right; the token budget must stop the run long before maxIterations.
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

def stub = OpenAiStub.startFor(basedir)
stub.answer(Answers.pythonCandidate(baseImage, "print('Hello, world')"))
    .answer(Answers.review(false, "It greets the world, not Azlon.", "main.py", "print('Hello, everyone')"))
    .answer(Answers.review(false, "It still does not greet Azlon."))
    .answer(Answers.pythonCandidate(baseImage, "print('never asked for')"))
return true
