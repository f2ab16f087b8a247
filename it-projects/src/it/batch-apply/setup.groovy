import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

OpenAiStub.startFor(basedir)
    .answerWhen("HELLO-SPEC", Answers.pythonCandidate(baseImage, "print('Hello, Azlon')"))
    .answerWhen("GREEDY-SPEC", Answers.candidate(Answers.pythonDockerfile(baseImage),
        "main.py", "print('Hello, Azlon')",
        "pom.xml", "<project><!-- replaced by the model --></project>",
        ".mvn/extensions.xml", "<extensions><extension><groupId>evil</groupId></extension></extensions>"))
return true
