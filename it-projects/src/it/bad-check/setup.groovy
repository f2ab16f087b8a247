// A stub that would answer, to prove a bad check costs no model call.
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

def stub = OpenAiStub.startNamed(basedir.name)
stub.answer(Answers.pythonCandidate(baseImage, "print('total: 6')"))
new File(basedir, ".mvn").mkdirs()
new File(basedir, ".mvn/maven.config").text = "-Dazlon.baseUrl=${stub.baseUrl()}\n"
return true
