import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

OpenAiStub.startFor(basedir)
    .answer(Answers.pythonCandidate(baseImage, "print('Hello, Azlon')"))
    .answer(Answers.review(true, "It prints exactly: Hello, Azlon"))
return true
