// A stub that would answer, to prove a typo costs no model call.
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

OpenAiStub.startFor(basedir).answer(Answers.pythonCandidate(baseImage, "print('hi')"))
return true
