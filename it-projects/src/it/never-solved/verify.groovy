import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("BUILD FAILURE")
    assert log.contains("Not solved after 2 iterations")
    assert log.contains("-Dazlon.maxIterations")
    assert log.contains("It still does not greet Azlon.")
    // Two iterations: generate + review, then the review's fix + review. Nothing more.
    assert stub.requests().size() == 3
    def workspace = new File(basedir, "target/azlon").listFiles().find { it.isDirectory() }
    assert new File(workspace, "workspace/main.py").text == "print('Hello, everyone')"
}
return true
