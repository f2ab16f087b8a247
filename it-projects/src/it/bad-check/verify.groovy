import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("<check> number 1: The stdoutMatches expression 'total: (\\d+' is not a valid regular expression")
    assert log.contains("(Parameter <checks>; from the command line, -Dazlon.expectExitCode")
    assert log.contains("MojoExecutionException")
    assert stub.requests().isEmpty()
    assert !new File(basedir, "target/azlon").exists()
}
return true
