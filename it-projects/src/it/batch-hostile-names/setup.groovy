import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

// Spec files named as an attacker would name them (made here: a repository should not hold them).
def specs = new File(basedir, "src/azlon")
specs.mkdirs()
new File(basedir, "bad").mkdirs()
def spec = { marker -> "prompt: Write a Python program that greets Azlon (task ${marker}).\ntestConditions: Prints Hello, Azlon\nchecks:\n  - stdoutContains: \"Hello, Azlon\"\n" }
new File(specs, "javascript:alert(1).azlon.yaml").text = spec("SCRIPT-SPEC")
new File(specs, "\"><img src=x onerror=alert(2)>.azlon.yaml").text = spec("MARKUP-SPEC")
new File(basedir, "bad/hello\n[INFO] BUILD SUCCESS.azlon.yaml").text = spec("NEVER")
new File(basedir, "bad/gnp.\u202Eexe.azlon.yaml").text = spec("NEVER")

OpenAiStub.startFor(basedir)
    .answerWhen("SCRIPT-SPEC", Answers.pythonCandidate(baseImage, "print('Hello, Azlon')"))
    .answerWhen("MARKUP-SPEC", Answers.pythonCandidate(baseImage, "print('Hello, Azlon')"))
return true
