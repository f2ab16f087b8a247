import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("BUILD SUCCESS")
    assert log.contains("Using the MultiThreadedBuilder") || log.contains("with a thread count of 2")
    assert stub.requests().size() == 2
    ["alpha": "Alpha", "beta": "Beta"].each { module, type ->
        assert new File(basedir, "${module}/target/generated-sources/azlon/dev/example/${type}.java").exists()
        assert new File(basedir, "${module}/target/classes/dev/example/${type}.class").exists()
        assert new File(basedir, "${module}/azlon.lock/lock.json").exists()
        assert new File(basedir, "${module}/target/azlon").listFiles().size() == 1
    }
    // Each module generated only its own class.
    assert !new File(basedir, "alpha/target/generated-sources/azlon/dev/example/Beta.java").exists()
    assert log.count("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed") == 2
}
return true
