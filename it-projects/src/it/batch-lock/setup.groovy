import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

OpenAiStub.startFor(basedir)
    .answerWhen("HELLO-SPEC", Answers.pythonCandidate(baseImage, "print('Hello, Azlon')"))
    .answerWhen("BYE-SPEC", Answers.pythonCandidate(baseImage, "print('Goodbye')"))

return true
