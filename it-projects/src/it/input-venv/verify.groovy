import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("Not copied from the starting files (the model is told):")
    assert log.contains("- outside.txt: a link that leads outside the input folder")
    assert log =~ /Pre-flight, the starting files as they are \(4 files, build \d+\.\d s, run \d+\.\d s\): the program exited with code 0\./
    assert log.contains("Solved in 1 iteration")
    def first = stub.requests()[0].get("messages").get(1).get("content").asText()
    assert first.contains("### main.py")
    assert first.contains("### greeting.py")
    assert first.contains("### .gitignore")
    assert first.contains("Not copied from the starting files:\n- outside.txt: a link that leads outside the input folder")
    assert !first.contains(".venv")
    assert !first.contains("/host/only/path")
    assert !first.contains("site-packages")
    assert !first.contains("__pycache__")
    assert !first.contains("do not send")
    assert !first.contains("a host file")
    def run = new File(basedir, "target/azlon").listFiles().find { it.isDirectory() }
    def workspace = new File(run, "workspace")
    assert workspace.list().toList().sort() == [".git", ".gitignore", "Dockerfile", "greeting.py", "main.py"]
    assert new File(workspace, "greeting.py").text == "print('Hello, Azlno')\n"
}
return true
