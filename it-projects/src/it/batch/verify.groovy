import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("Solving 3 specs from") && log.contains("2 at once")
    assert log.contains("BUILD FAILURE")
    assert log.contains("1 spec was not solved:")
    assert log.contains("sheep: UNSOLVED")
    assert !log.contains("hello: UNSOLVED") && !log.contains("slow.bye: UNSOLVED")
    assert log.contains("[hello] iteration 1/5")
    assert log.contains("[sheep] iteration 2/2")
    assert log.contains("2 of 3 specs solved")
    // What was paid for is locked even though the build fails.
    assert log.contains("Locked 2 files in " + new File(basedir, "src/azlon/hello.azlon.lock"))
    assert log.contains("Locked 2 files in " + new File(basedir, "src/azlon/slow/bye.azlon.lock"))
    assert !new File(basedir, "src/azlon/sheep.azlon.lock").exists()
    // hello and bye: one answer each; sheep: a candidate and one fix.
    assert stub.requests().size() == 4
    assert stub.unansweredScriptSize() == 0

    // One run folder per spec, named after it.
    def runs = new File(basedir, "target/azlon")
    ["hello", "slow.bye", "sheep"].each { name ->
        def folders = new File(runs, name).listFiles().findAll { it.isDirectory() }
        assert folders.size() == 1 : name
        assert new File(folders[0], "report.html").exists()
    }

    // JUnit XML a CI reporter reads: the right pass/fail counts.
    def reports = new File(basedir, "target/azlon-reports")
    def suite = { name ->
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new File(reports, "TEST-" + name + ".xml")).documentElement
    }
    def hello = suite("hello")
    assert hello.getAttribute("name") == "azlon.hello"
    assert hello.getAttribute("failures") == "0" && hello.getAttribute("errors") == "0"
    assert hello.getAttribute("tests") == "3"
    def bye = suite("slow.bye")
    assert bye.getAttribute("failures") == "0" && bye.getAttribute("tests") == "3"
    def sheep = suite("sheep")
    assert sheep.getAttribute("failures") == "2" && sheep.getAttribute("errors") == "0"
    def solved = sheep.getElementsByTagName("testcase").item(0)
    assert solved.getAttribute("name") == "solved"
    assert solved.getElementsByTagName("failure").item(0).getAttribute("type") == "UNSOLVED"
    def properties = sheep.getElementsByTagName("property")
    assert (0..<properties.length).any {
        properties.item(it).getAttribute("name") == "azlon.outcome" &&
            properties.item(it).getAttribute("value") == "UNSOLVED"
    }
    assert sheep.getElementsByTagName("system-out").item(0).textContent
        .contains("iteration 2: not solved")

    // The batch's own summary.
    def index = new File(runs, "index.html").text
    assert index.contains("2 of 3 solved")
    ["hello", "slow.bye", "sheep"].each { assert index.contains(">" + it + "</a>") }
    assert new File(runs, "summary.md").text.contains("| UNSOLVED |")
}
return true
