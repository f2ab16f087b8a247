import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("Solved in 1 iteration")
    // Decrypted before use; neither form in the log.
    assert stub.authorizations().every { it.contains("Bearer sk-encrypted-0123456789abcdef") }
    assert !log.contains("sk-encrypted")
}
return true
