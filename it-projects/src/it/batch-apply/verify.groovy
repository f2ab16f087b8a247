import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    // Two model calls: hello in the first build, greedy in the third; the second took the lock.
    assert stub.requests().size() == 2
    // Build 1: solved, applied, locked.
    assert new File(basedir, "generated/main.py").text == "print('Hello, Azlon')"
    assert new File(basedir, "src/azlon/hello.azlon.lock/lock.json").exists()
    // Build 2: taken from the lock and applied from it, through the same door.
    assert log.contains("Took the solution of hello from its lock in")
    assert log.contains("Applied [hello] the locked solution to " + new File(basedir, "generated2").canonicalPath)
    assert new File(basedir, "generated2/main.py").text == "print('Hello, Azlon')"
    assert new File(basedir, "target/azlon/hello/from-lock/solution.patch").exists()
    // Build 3: the spec's applyAllowed lifted nothing; not a file of the answer was written.
    assert log.contains("Nothing was applied")
    assert log.contains("pom.xml ('pom.xml' can change how your tools behave")
    assert log.contains(".mvn/extensions.xml ('.mvn' can change how your tools behave")
    assert new File(basedir, "pom.xml").text.contains("<artifactId>batch-apply</artifactId>")
    assert !new File(basedir, ".mvn/extensions.xml").exists()
    assert !new File(basedir, "main.py").exists()
}
return true
