// The project starts from a typo and a binary file; the model fixes only the typo.
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

new File(basedir, "src/main/python/Dockerfile").text = Answers.pythonDockerfile(baseImage)
OpenAiStub.startFor(basedir)
    .answer(Answers.candidate(Answers.pythonDockerfile(baseImage), "main.py", "print('Hello, Azlon')"))
    .answer(Answers.review(true, "It prints exactly: Hello, Azlon"))
return true
