// A stub that would answer, to prove a bad check costs no model call.
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

def stub = OpenAiStub.startFor(basedir)
stub.answer(Answers.pythonCandidate(baseImage, "print('total: 6')"))
return true
