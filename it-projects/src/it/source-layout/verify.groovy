import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("BUILD SUCCESS")
    assert stub.requests().size() == 2
    // The model was told where each kind of file goes.
    stub.requests().each { request ->
        def text = request.toString()
        assert text.contains("Where your files go")
        assert text.contains("src/run/java")
        assert text.contains("JUnit 5 tests under src/test/java become the build's test sources")
    }
    // Both libraries are the build's sources; neither Main is (both had one path).
    def main = new File(basedir, "target/generated-sources/azlon/dev/example")
    assert new File(main, "alpha/Alpha.java").exists() && new File(main, "beta/Beta.java").exists()
    assert !new File(main, "Main.java").exists()
    assert new File(basedir, "target/classes/dev/example/alpha/Alpha.class").exists()
    assert !new File(basedir, "target/classes/dev/example/Main.class").exists()
    // The model's tests are test sources, and ran in this build's tests.
    def tests = new File(basedir, "target/generated-test-sources/azlon/dev/example")
    assert new File(tests, "alpha/AlphaTest.java").exists() && new File(tests, "beta/BetaTest.java").exists()
    def reports = new File(basedir, "target/surefire-reports")
    ['dev.example.alpha.AlphaTest', 'dev.example.beta.BetaTest'].each { name ->
        def report = new File(reports, "TEST-${name}.xml")
        assert report.exists() : "${name} did not run in the build"
        assert report.text.contains('tests="1"') && report.text.contains('failures="0"')
    }
    assert log.contains("Generated 2 test sources into")
    assert !new File(basedir, "src/main").exists() && !new File(basedir, "src/test").exists()
}
return true
