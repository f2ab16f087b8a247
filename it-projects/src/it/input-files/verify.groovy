import dev.azlon.testing.OpenAiStub
import org.eclipse.jgit.api.Git

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log =~ /Pre-flight, the starting files as they are \(3 files, build \d+\.\d s, run \d+\.\d s\): the program exited with code 0\./
    assert log.contains("Solved in 1 iteration")
    def first = stub.requests()[0].get("messages").get(1).get("content").asText()
    assert first.contains("The project starts from these files")
    assert first.contains("print('Hello, Azlno')")
    assert first.contains("Built and run as they are: the program exited with code 0.")
    assert first.contains("Hello, Azlno\n")
    assert first.contains("- data.bin (9 bytes)")
    def run = new File(basedir, "target/azlon").listFiles().find { it.isDirectory() }
    def workspace = new File(run, "workspace")
    assert new File(workspace, "data.bin").bytes == new File(basedir, "src/main/python/data.bin").bytes
    assert new File(workspace, "main.py").text == "print('Hello, Azlon')"
    Git.open(workspace).withCloseable { git ->
        assert git.log().call().collect { it.shortMessage } == ["iteration 1: solved", "input"]
    }
}
return true
