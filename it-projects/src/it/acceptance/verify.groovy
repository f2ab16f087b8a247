import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("BUILD FAILURE")
    assert log.contains("1 spec was not solved:")
    assert log.contains("greet: ACCEPTANCE_FAILED, The visible checks passed in iteration 1, but 1 of 1 held-out acceptance check failed")
    assert log.contains("[greet] Acceptance: FAILED command `python3 -c")
    assert log.contains("[count] Acceptance: passed stdout matches")
    assert log.contains("1 of 2 specs solved")
    // One answer each: acceptance never sends the loop round again.
    assert stub.requests().size() == 2
    // Nothing the model was sent names the held-out checks.
    stub.requests().each { request ->
        assert !request.toString().contains("stranger")
        assert !request.toString().contains("\\A1")
    }
    // Only what passed acceptance is locked.
    assert new File(basedir, "src/azlon/count.azlon.lock/lock.json").exists()
    assert !new File(basedir, "src/azlon/greet.azlon.lock").exists()

    def reports = new File(basedir, "target/azlon-reports")
    def suite = { name ->
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new File(reports, "TEST-" + name + ".xml")).documentElement
    }
    def cases = { element ->
        def list = element.getElementsByTagName("testcase")
        (0..<list.length).collect { list.item(it) }
    }
    def greet = suite("greet")
    assert greet.getAttribute("failures") == "2" && greet.getAttribute("errors") == "0"
    def solved = cases(greet).find { it.getAttribute("name") == "solved" }
    assert solved.getElementsByTagName("failure").item(0).getAttribute("type") == "ACCEPTANCE_FAILED"
    def held = cases(greet).find { it.getAttribute("name").startsWith("acceptance: command `python3 -c") }
    assert held != null
    def failure = held.getElementsByTagName("failure").item(0)
    assert failure.getAttribute("type") == "ACCEPTANCE"
    assert failure.textContent.contains("AssertionError: Hello,")
    def count = suite("count")
    assert count.getAttribute("failures") == "0"
    assert cases(count).any { it.getAttribute("name").startsWith("acceptance: stdout matches") }

    def run = new File(basedir, "target/azlon/greet").listFiles().find { it.isDirectory() }
    def summary = new groovy.json.JsonSlurper().parse(new File(run, "summary.json"))
    assert summary.outcome == "ACCEPTANCE_FAILED"
    assert summary.acceptance.size() == 1 && !summary.acceptance[0].passed
    assert new File(run, "state.json").text.contains("\"finished\"")
}
return true
