import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("The starting files in")
    assert log.contains("'lib\\util.py': contains '\\'; use '/' between folders and plain names")
    assert log.contains("Rename or remove those files, or leave them out with inputExcludes.")
    assert log.contains("Nothing was copied and no model was called.")
    assert log.contains("<inputDirectory> / -Dazlon.inputDirectory")
    assert !log.contains("INFRA_FAILURE")
    assert stub.requests().isEmpty()
    def runs = new File(basedir, "target/azlon")
    assert !runs.exists() || runs.list().length == 0
}
return true
