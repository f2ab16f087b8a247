// A model stub for the worker, Temporal's test server here, and a worker JVM from the worker jar.
import dev.azlon.temporal.testing.TemporalFixture
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub
import java.nio.file.Path

def stub = OpenAiStub.startNamed(basedir.name)
stub.answer(Answers.pythonCandidate(baseImage, "print('Hello, world')"))
    .answer(Answers.review(false, "It greets the world, not Azlon.", "main.py", "print('Hello, Azlon')"))
    .answer(Answers.review(true, "It prints exactly: Hello, Azlon"))
TemporalFixture.start(basedir, Path.of(workerJar), stub.baseUrl(), "sk-it-worker-0123456789abcdef0123")
return true
