// Answers by spec, whatever order the two specs at a time ask in.
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

def stub = OpenAiStub.startFor(basedir)
stub.answerWhen("HELLO-SPEC", Answers.pythonCandidate(baseImage, "print('Hello, Azlon')"))
    .answerWhen("BYE-SPEC", Answers.pythonCandidate(baseImage, "print('Goodbye')"))
    .answerWhen("SHEEP-SPEC", Answers.pythonCandidate(baseImage, "print('sheep 1')"))
    .answerWhen("SHEEP-SPEC", Answers.review(false, "It counts one sheep, not three.", "main.py", "print('sheep 2')"))

return true
