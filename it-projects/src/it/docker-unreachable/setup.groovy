// A stub that would answer, to prove the model is never asked when Docker is unreachable.
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

def stub = OpenAiStub.startFor(basedir)
stub.answer(Answers.pythonCandidate(baseImage, "print('Hello, Azlon')"))
return true
