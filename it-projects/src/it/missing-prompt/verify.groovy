import dev.azlon.testing.OpenAiStub

def stub = OpenAiStub.of(basedir)
try {
    def log = new File(basedir, "build.log").text
    assert log.contains("prompt is required and must not be blank (Parameter <prompt> / -Dazlon.prompt.)")
    assert log.contains("MojoExecutionException")
    assert stub.requests().isEmpty()
    assert !new File(basedir, "target/azlon").exists()
} finally {
    stub.close()
}
return true
