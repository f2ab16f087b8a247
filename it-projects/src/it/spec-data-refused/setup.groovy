import dev.azlon.testing.OpenAiStub
import java.nio.file.Files

// What a pull request could plant beside its specs: a link out of the project, a FIFO outside
// that a build would hang on if it opened it, and a spec whose name forges a log line.
def outside = new File(basedir.parentFile, "spec-data-refused-outside")
new File(outside, ".ssh").mkdirs()
new File(outside, ".ssh/id_rsa").text = "PRIVATE-KEY-MATERIAL\n"
Files.createSymbolicLink(new File(basedir, "specs/paths/keys").toPath(), new File(outside, ".ssh").toPath())
def fifo = new File(outside, "prompt.fifo")
assert new ProcessBuilder("mkfifo", fifo.path).inheritIO().start().waitFor() == 0
new File(basedir, "specs/paths/fifo.azlon.yaml").text = "testConditions: t\npromptFile: ${fifo}\n"
new File(basedir, "specs/paths/hello\n[INFO] BUILD SUCCESS.azlon.yaml").text = "prompt: p\ntestConditions: t\n"

OpenAiStub.startFor(basedir)
return true
