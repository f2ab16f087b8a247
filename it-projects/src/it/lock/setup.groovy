// Two solves in five builds: the first, and the one after the test conditions change.
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

OpenAiStub.startFor(basedir)
    .answer(Answers.pythonCandidate(baseImage, "print('Hello, Azlon')"))
    .answer(Answers.pythonCandidate(baseImage, "import time\ntime.sleep(3)\nprint('Hello')"))

return true
