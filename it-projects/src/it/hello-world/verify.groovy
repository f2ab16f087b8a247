import dev.azlon.testing.OpenAiStub
import org.eclipse.jgit.api.Git

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("BUILD SUCCESS")
    assert log.contains("Solved in 2 iterations")
    assert log.contains("iteration 1/5:") && log.contains("iteration 2/5:")

    def runs = new File(basedir, "target/azlon").listFiles().findAll { it.isDirectory() }
    assert runs.size() == 1
    def workspace = new File(runs[0], "workspace")
    assert new File(workspace, "main.py").text == "print('Hello, Azlon')"
    assert new File(workspace, "Dockerfile").text.startsWith("FROM " + baseImage)
    assert log.contains("Solution: " + workspace.path)

    Git.open(workspace).withCloseable { git ->
        def subjects = git.log().call().collect { it.shortMessage }
        assert subjects == ["iteration 2: solved", "iteration 1: not solved"]
    }

    // The reports: summary.json parses and tells the same story.
    def summary = new groovy.json.JsonSlurper().parse(new File(runs[0], "summary.json"))
    assert summary.schemaVersion == 1 && summary.outcome == "SOLVED"
    assert summary.iterations*.solved == [false, true]
    assert summary.usage.totalTokens == 360
    assert new File(runs[0], "summary.md").text.contains("| 2 | solved |")
    assert new File(runs[0], "report.html").text.contains("id=\"iteration-2\"")
    assert log.contains("Report: " + new File(runs[0], "report.html").path)

    def requests = stub.requests()
    assert requests.size() == 3
    def format = requests[0].get("response_format")
    assert format.get("type").asText() == "json_schema"
    assert format.get("json_schema").get("strict").asBoolean()
    def schema = format.get("json_schema").get("schema")
    assert schema.get("required").collect { it.asText() } as Set == ["dockerfile", "files", "edits", "deletions", "needFiles"] as Set
    assert requests[1].get("response_format").get("json_schema").get("name").asText() == "review"
    // The review saw what the first candidate printed.
    assert requests[1].toString().contains("Hello, world")
    assert stub.unansweredScriptSize() == 0
}
return true
