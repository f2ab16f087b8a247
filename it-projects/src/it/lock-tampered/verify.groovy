import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("BUILD FAILURE")
    assert log.contains("cannot be used: its files do not match their hashes: main.py was changed")
    assert log.contains("-Dazlon.refresh=true")
    assert stub.requests().isEmpty()
    assert !new File(basedir, "target/azlon").exists()
}
return true
