import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    def target = new File(basedir, "src/main/python")
    assert log.contains("Applied to " + target.path + ": 1 file written, 1 unchanged")
    assert new File(target, "main.py").text == "print('Hello, Azlon')"
    assert new File(target, "notes.txt").text == "mine\n"
    def run = new File(basedir, "target/azlon").listFiles().find { it.isDirectory() }
    def patch = new File(run, "solution.patch").text
    assert patch.contains("--- /dev/null\n+++ b/main.py") && patch.contains("+print('Hello, Azlon')")
    assert !patch.contains("Dockerfile")
}
return true
