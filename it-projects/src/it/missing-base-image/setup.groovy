import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

OpenAiStub.startFor(basedir)
    .answer(Answers.pythonCandidate("azlon-local/never-made:1", "print('Hello, Azlon')"))
return true
