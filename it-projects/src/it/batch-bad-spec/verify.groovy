import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("BUILD FAILURE")
    assert log.contains("2 specs are not valid, so none was solved and no model was called")
    assert log.contains("typo.azlon.yaml:4: 'maxIteration' is not a spec key")
    assert log.contains("wrong-type.azlon.yaml:5: sandboxRunTimeout takes a single value")
    assert stub.requests().isEmpty()
    assert !new File(basedir, "target/azlon").exists()
}
return true
