import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("Docker is not reachable")
    assert log.contains("Connection refused")
    assert log.contains("DOCKER_HOST")
    assert log.contains("MojoExecutionException")
    assert stub.requests().isEmpty()
    // Within seconds, not after a long wait (Maven prints the goal's total time).
    def seconds = (log =~ /Total time:\s+([\d.]+) s/)
    assert seconds.find() && Double.parseDouble(seconds.group(1)) < 15
}
return true
