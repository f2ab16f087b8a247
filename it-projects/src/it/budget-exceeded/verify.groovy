import dev.azlon.testing.OpenAiStub

def canary = "sk-canary-it-0123456789abcdef-LEAK"
OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    // The stub answers as "stub-model", whose price nobody knows: no cost is made up for it.
    assert log =~ /Stopped by the budget after 3 iterations, [\d.]+ s, 360 tokens: Stopped in iteration 3/
    def summary = new File(new File(basedir, "target/azlon").listFiles().find { it.isDirectory() }, "summary.json").text
    assert summary.contains('"model" : "stub-model"') && summary.contains('"estimatedCostUsd" : null')
    assert log.contains("360 tokens used of the 300 allowed (maxTokens)")
    assert log.contains("-Dazlon.maxTokens")
    assert stub.requests().size() == 3
    // The key was sent to the (local) server, and written nowhere.
    assert !log.contains(canary)
    new File(basedir, "target/azlon").eachFileRecurse(groovy.io.FileType.FILES) { file ->
        assert !file.bytes.toString().contains(canary) : "canary in ${file}"
        assert !new String(file.bytes, "ISO-8859-1").contains(canary) : "canary in ${file}"
    }
}
return true
