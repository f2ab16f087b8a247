import dev.azlon.testing.OpenAiStub
import groovy.json.JsonSlurper
import org.eclipse.jgit.api.Git

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("Resuming run")
    assert log.contains("Solved in 3 iterations")
    assert stub.requests().size() == 5
    assert stub.unansweredScriptSize() == 0

    def runs = new File(basedir, "target/azlon").listFiles().findAll { it.isDirectory() }
    assert runs.size() == 1
    def state = new JsonSlurper().parse(new File(runs[0], "state.json"))
    assert state.status == "finished" && state.outcome == "SOLVED"
    // Each exchange once in the transcript: the resumed run did not record the served ones again.
    assert new File(runs[0], "transcript.jsonl").readLines().size() == 5
    Git.open(new File(runs[0], "workspace")).withCloseable { git ->
        assert git.log().call().collect { it.shortMessage } ==
            ["iteration 3: solved", "iteration 2: not solved", "iteration 1: not solved"]
    }
}
return true
