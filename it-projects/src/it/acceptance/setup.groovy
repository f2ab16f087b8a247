// Answers by spec. greet's answer passes its visible check and not the held-out one.
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

def dockerfile = Answers.pythonDockerfile(baseImage)
def stub = OpenAiStub.startFor(basedir)
stub.answerWhen("GREET-SPEC", Answers.candidate(dockerfile,
        "greet.py", "def greet(name):\n    return f'Hello, {name}'\n",
        "main.py", "from greet import greet\nprint(greet('Azlon'))\n"))
    .answerWhen("COUNT-SPEC", Answers.pythonCandidate(baseImage, "for i in range(1, 4):\n    print(i)\n"))

return true
