import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("The solution lock in")
    assert log.contains("azlon.lock is a link, and a lock's folder and its path in the project must be real folders")
    assert log.contains("<lock> / -Dazlon.lock")
    assert !log.contains("PRIVATE-KEY-MATERIAL")
    assert stub.requests().isEmpty()
    def outside = new File(basedir.parentFile, "lock-linked-outside")
    assert new File(outside, "files/keep.txt").text == "mine\n"
    assert new File(outside, "lock.json").text == "PRIVATE-KEY-MATERIAL\n"
    assert outside.list().sort() == ["files", "lock.json"]
}
return true
