import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    def target = new File(basedir, "src/main/python")
    assert log.contains("Solved in 2 iterations") || log.contains("Solved in 1 iteration")
    assert log.contains("differ from the solution: main.py. Nothing was written")
    assert log.contains("(Parameter <overwrite> / -Dazlon.overwrite.)")
    // Nothing lost: the user's file as it was, the solution in the run folder.
    assert new File(target, "main.py").text == "print('my own work')\n"
    assert !new File(target, "Dockerfile").exists()
    def run = new File(basedir, "target/azlon").listFiles().find { it.isDirectory() }
    assert new File(run, "workspace/main.py").text == "print('Hello, Azlon')"
}
return true
