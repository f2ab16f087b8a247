import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("BUILD SUCCESS")
    assert stub.requests().size() == 1
    // The solved sources went to target/, were compiled by this build and used by its own test.
    assert log.contains("Generated 2 sources into")
    def generated = new File(basedir, "target/generated-sources/azlon/dev/example")
    assert new File(generated, "Greeter.java").exists() && new File(generated, "Main.java").exists()
    assert !new File(generated, "GreeterTest.java").exists()
    assert new File(basedir, "target/classes/dev/example/Greeter.class").exists()
    assert log.contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0")
    assert new File(basedir, "target/test-classes/dev/example/UsesGreeterTest.class").exists()
    // Nothing was written into src/ but the hand-written test that was there.
    assert !new File(basedir, "src/main").exists()
}
return true
