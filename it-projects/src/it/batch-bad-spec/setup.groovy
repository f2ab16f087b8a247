// A model that must never be asked: the bad specs stop the batch first.
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

OpenAiStub.startFor(basedir).answer(Answers.pythonCandidate(baseImage, "print('Hello, Azlon')"))

return true
