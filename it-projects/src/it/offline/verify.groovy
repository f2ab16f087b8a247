import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    // Build 1: no lock and offline: stopped before any model call, saying how to make the lock.
    assert log.contains("The task has no lock in " + new File(basedir, "azlon.lock").canonicalPath
        + ", and the build is offline, so no model can be asked.")
    assert log.contains("Solve it once online (the same build, not offline) to lock it in")
    // Builds 2 and 3: one model exchange online, then the lock alone, offline.
    assert stub.requests().size() == 2
    assert log.contains("Locked 2 files in")
    assert log.contains("Took the solution of the task from its lock in")
}
return true
