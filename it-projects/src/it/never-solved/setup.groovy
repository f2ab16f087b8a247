// Scripts a model that never gets the greeting right.
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

def stub = OpenAiStub.startNamed(basedir.name)
stub.answer(Answers.pythonCandidate(baseImage, "print('Hello, world')"))
    .answer(Answers.review(false, "It greets the world, not Azlon.", "main.py", "print('Hello, everyone')"))
    .answer(Answers.review(false, "It still does not greet Azlon."))

new File(basedir, ".mvn").mkdirs()
new File(basedir, ".mvn/maven.config").text = "-Dazlon.baseUrl=${stub.baseUrl()}\n"
return true
