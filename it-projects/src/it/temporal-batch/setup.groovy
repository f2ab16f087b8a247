// A model stub for the worker (answers by spec, in whatever order the specs ask), Temporal's test
// server here, and a worker JVM from the worker jar.
import dev.azlon.temporal.testing.TemporalFixture
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub
import java.nio.file.Path

def stub = OpenAiStub.startNamed(basedir.name)
stub.answerWhen("HELLO-SPEC", Answers.pythonCandidate(baseImage, "print('Hello, Azlon')"))
2.times {
    stub.answerWhen("SHEEP-SPEC", Answers.pythonCandidate(baseImage, "print('sheep 1')"))
        .answerWhen("SHEEP-SPEC", Answers.review(false, "It counts one sheep, not three.", "main.py", "print('sheep 2')"))
}
TemporalFixture.start(basedir, Path.of(workerJar), stub.baseUrl(), "sk-it-worker-0123456789abcdef0123")
return true
