import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("Solved in 1 iteration")
    def user = stub.requests()[0].get("messages").get(1).get("content").asText()
    assert user.contains("Keep {{braces}}, \${dollars} and {} exactly as they are")
    // The key from settings.xml reached the server, and no log line.
    assert stub.authorizations().every { it.contains("Bearer sk-from-settings-0123456789abcdef") }
    assert !log.contains("sk-from-settings")
}
return true
