import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    // Three builds, two model calls: one per spec, in the first build only.
    assert stub.requests().size() == 2
    def log = new File(basedir, "build.log").text
    assert log.contains("Locked 2 files in " + new File(basedir, "src/azlon/hello.azlon.lock"))
    assert log.contains("Locked 2 files in " + new File(basedir, "src/azlon/bye.azlon.lock"))
    assert log.contains("Took the solution of hello from its lock in")
    assert log.contains("Took the solution of bye from its lock in")
    assert log.contains("2 of 2 specs solved")
    assert log.contains("No spec was solved and no model was called, since the locks say:")
    assert log.contains("Hello's lock in") && log.contains("Bye's lock in")
    assert log.contains("is stale: judge changed")
    // A lock's files are never taken for specs, whatever their names.
    assert !log.contains("Solving 4 specs")

    // The second build's JUnit XML: both passed, taken from their locks.
    def suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(basedir, "target/azlon-reports/TEST-hello.xml")).documentElement
    assert suite.getAttribute("failures") == "0" && suite.getAttribute("skipped") == "0"
    assert new File(basedir, "target/azlon/summary.md").text.contains("| LOCKED |")
}
return true
