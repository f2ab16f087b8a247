import dev.azlon.testing.OpenAiStub
import groovy.json.JsonSlurper

OpenAiStub.verify(basedir) { stub ->
    // Five builds, two model calls: the first solve and the re-solve of changed conditions.
    assert stub.requests().size() == 2
    assert stub.unansweredScriptSize() == 0
    def logs = basedir.listFiles().findAll { it.name.startsWith("build") && it.name.endsWith(".log") }
        .collect { it.text }.join("\n")
    assert logs.contains("Locked 2 files in")
    assert logs.contains("Took the solution of the task from its lock in")
    assert logs.contains("no model call, no container.")
    assert logs.contains("Applied the locked solution to")
    assert new File(basedir, "applied/main.py").text == "print('Hello, Azlon')"
    assert new File(basedir, "target/azlon/from-lock/solution.patch").exists()
    assert logs.contains("The task's lock in") && logs.contains("is stale: testConditions changed. No model was called.")
    assert logs.contains("The lock of the task is stale (testConditions changed): solving again.")
    assert logs.contains("The locked solution in") && logs.contains("no longer passes")

    def lock = new JsonSlurper().parse(new File(basedir, "azlon.lock/lock.json"))
    assert lock.lockVersion == 1
    assert lock.inputs.baseImage == baseImage
    assert lock.environment.baseImageId.startsWith("sha256:")
    assert lock.files.keySet() == ["Dockerfile", "main.py"] as Set
    assert new File(basedir, "azlon.lock/files/main.py").text.contains("print('Hello')")
    // Two run folders: the lock's build and the stale frozen one made none.
    assert new File(basedir, "target/azlon").listFiles()
        .findAll { it.isDirectory() && it.name != "from-lock" }.size() == 2
}
return true
