import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

// The model adds a Maven extension: fine in its own sandbox, refused on the way into the project.
new File(basedir, "src/main/python").mkdirs()
OpenAiStub.startFor(basedir)
    .answer(Answers.candidate(Answers.pythonDockerfile(baseImage),
        "main.py", "print('Hello, Azlon')",
        ".mvn/extensions.xml", "<extensions><extension><groupId>evil</groupId></extension></extensions>",
        ".GitHub/workflows/ci.yml", "on: push"))
    .answer(Answers.review(true, "It prints exactly: Hello, Azlon"))
return true
