import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("BUILD SUCCESS")
    assert log.contains("[WARNING] Not solved after 2 iterations")
    assert log.contains("failOnUnsolved is false, so the build goes on")
}
return true
