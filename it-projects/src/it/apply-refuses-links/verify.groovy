import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("Solved in")
    assert log.contains("Nothing was applied")
    assert log.contains("'pkg' there is a link")
    assert log.contains("<applyDirectory> / -Dazlon.applyDirectory")
    assert log.contains("MojoExecutionException")
    // Nothing outside, nothing beside it: all or nothing.
    assert new File(basedir, "outside").list().length == 0
    assert !new File(basedir, "src/main/python/Dockerfile").exists()
    def run = new File(basedir, "target/azlon").listFiles().find { it.isDirectory() }
    assert new File(run, "workspace/pkg/main.py").text == "print('Hello, Azlon')"
}
return true
