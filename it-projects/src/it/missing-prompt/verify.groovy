import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("prompt is required and must not be blank (Parameter <prompt> / -Dazlon.prompt.)")
    assert log.contains("MojoExecutionException")
    assert stub.requests().isEmpty()
    assert !new File(basedir, "target/azlon").exists()
}
return true
