import dev.azlon.testing.OpenAiStub

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    def paths = new File(basedir, "specs/paths").canonicalPath
    def widen = new File(basedir, "specs/widen").canonicalPath
    // Build 1: every problem of every spec at once, before anything is read or asked.
    assert log.contains("specs are not valid, so none was solved and no model was called")
    assert log.contains("absolute.azlon.yaml:2: promptFile '/etc/hostname' leads outside the project")
    assert log.contains("upward.azlon.yaml:3: inputDirectory '../../..' leads outside the project")
    assert log.contains("linked.azlon.yaml:3: inputDirectory 'keys' leads outside the project")
    assert log.contains("apply-out.azlon.yaml:3: applyDirectory '../../../.ssh' leads outside")
    assert log.contains("fifo.azlon.yaml:2: promptFile")
    assert log.contains("<specAllowedRoots> / -Dazlon.specAllowedRoots")
    assert log.contains("alias.azlon.yaml:1: YAML anchors (&name) are refused")
    assert log =~ /a[.\/]b\.azlon\.yaml and .*a[.\/]b\.azlon\.yaml both have the name 'a\.b'/
    assert log.contains("index.html.azlon.yaml: its name 'index.html' is that of a batch report")
    assert log.contains("cheap.azlon.yaml:3: inputPricePerMillion is the build's own to set")
    assert log.contains("hello<U+000A>[INFO] BUILD SUCCESS.azlon.yaml: its name holds the control character U+000A")
    // A name cannot forge a line, and nothing outside was read into the log.
    def forged = log.readLines().any { it.startsWith("[INFO] BUILD SUCCESS") }
    assert !forged
    def leaked = log.contains("PRIVATE-KEY-MATERIAL")
    assert !leaked
    // Build 2: widening what the POM allows names the file, the line, the key and the parameter.
    assert log.contains("A spec file may narrow what the build allows, never widen it")
    assert log.contains("bigger.azlon.yaml:3: sandboxMemory 64g is more than the build allows (1g): a spec may only lower it. Raise <sandboxMemory> / -Dazlon.sandbox.memory in the build to allow more.")
    assert log.contains("bigger.azlon.yaml:4: sandboxRunNetwork true needs the build's consent: set -Dazlon.sandbox.runNetwork=true in the build")
    assert log.contains("bigger.azlon.yaml:5: maxIterations 500 is more than the build allows (20)")
    assert log.contains("greedy.azlon.yaml:3: overwrite true needs the build's consent")
    assert log.contains("greedy.azlon.yaml:4: allowedBaseImages with a wildcard ('*') needs the build's: set <allowedBaseImages> / -Dazlon.allowedBaseImages in the build")
    assert stub.requests().isEmpty()
    assert !new File(basedir, "target/azlon").exists()
    assert new File(basedir.parentFile, "spec-data-refused-outside/.ssh/id_rsa").text == "PRIVATE-KEY-MATERIAL\n"
}
return true
