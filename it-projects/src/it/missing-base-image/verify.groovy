import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("azlon-local/never-made:1")
    assert log.contains("not on the Docker engine and cannot be pulled")
    assert log.contains("<baseImage> / -Dazlon.baseImage")
    assert log.contains("No model was called")
    assert log.contains("MojoExecutionException")
    assert stub.requests().isEmpty()
    assert !new File(basedir, "target/azlon").exists() || new File(basedir, "target/azlon").list().length == 0
}
return true
