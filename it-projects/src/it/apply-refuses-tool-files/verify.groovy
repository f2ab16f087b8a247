import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("Solved in")
    assert log.contains("Nothing was applied")
    assert log.contains(".mvn/extensions.xml")
    assert log.contains(".GitHub/workflows/ci.yml")
    assert log.contains("<applyAllowed> / -Dazlon.applyAllowed")
    // The extension stays in the run's workspace, where the candidate could use it ...
    def run = new File(basedir, "target/azlon").listFiles().find { it.isDirectory() }
    assert new File(run, "workspace/.mvn/extensions.xml").exists()
    // ... and never reaches the project, nor does anything else of the answer.
    assert !new File(basedir, ".mvn/extensions.xml").exists()
    assert !new File(basedir, ".GitHub").exists()
    assert !new File(basedir, "main.py").exists()
}
return true
