import dev.azlon.testing.OpenAiStub
import org.eclipse.jgit.api.Git

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("BUILD SUCCESS")
    assert log.contains("Solved in 2 iterations")
    // Iteration 1: output matched and the judge agreed, but the unit tests failed: not solved.
    def first = log.readLines().find { it.contains("iteration 1/3:") }
    assert first.contains("checks 2/3") && first.contains("judge: solved") && first.endsWith("not solved")
    assert log.contains("Judged solved, but these checks failed: FAILED command `python3 -m unittest -q` succeeds")
    def second = log.readLines().find { it.contains("iteration 2/3:") }
    assert second.contains("checks 3/3") && second.endsWith(": solved")

    def requests = stub.requests()
    assert requests.size() == 4
    // The fix request shows the failing check with the test's own output.
    def fix = requests[2].toString()
    assert fix.contains("FAILED command `python3 -m unittest -q` succeeds")
    assert fix.contains("AssertionError: 6 != 7")

    def workspace = new File(basedir, "target/azlon").listFiles().find { it.isDirectory() }
    Git.open(new File(workspace, "workspace")).withCloseable { git ->
        def messages = git.log().call().collect { it.fullMessage }
        assert messages[1].contains("FAILED command")
        assert messages[0].contains("passed command")
    }
}
return true
