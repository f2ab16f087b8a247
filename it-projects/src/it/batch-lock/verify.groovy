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

    // The second build's batch summary keeps what the first build did: each row links the run
    // that made its lock, with that run's figures.
    def rows = new groovy.json.JsonSlurper().parse(new File(basedir, "target/azlon/summary.json")).specs
    assert rows*.outcome == ["LOCKED", "LOCKED"]
    def index = new File(basedir, "target/azlon/index.html").text
    rows.each { row ->
        assert row.iterations == 1 && row.tokens > 0 && row.solvedAt
        assert row.report ==~ /\.\/${row.spec}\/\d{8}-\d{6}-\d{3}-[0-9a-f]{4}\/report\.html/
        assert new File(basedir, "target/azlon/" + row.report).isFile()
        assert index.contains("<a href=\"" + row.report + "\">" + row.spec + "</a>")
    }
}
return true
