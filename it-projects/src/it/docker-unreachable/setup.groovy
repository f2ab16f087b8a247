// A stub that would answer, to prove the model is never asked when Docker is unreachable.
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

def stub = OpenAiStub.startNamed(basedir.name)
stub.answer(Answers.pythonCandidate(baseImage, "print('Hello, Azlon')"))
new File(basedir, ".mvn").mkdirs()
new File(basedir, ".mvn/maven.config").text = "-Dazlon.baseUrl=${stub.baseUrl()}\n"
return true
