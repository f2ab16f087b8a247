import dev.azlon.testing.OpenAiStub
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.treewalk.TreeWalk

def key = "azk.ItKey-4711-quiet"
def forms = [key, key.collect { String.format("\\u%04x", (int) it.charAt(0)) }.join(), "ItKey-4711", "ItKey\\u002d4711"]

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert log.contains("BUILD SUCCESS")
    // The key was the one in use.
    assert stub.authorizations().every { it == "Bearer " + key }
    // Redacted once decoded: the generated source, its class and the lock hold the mask instead.
    def greeter = new File(basedir, "target/generated-sources/azlon/dev/example/Greeter.java")
    assert greeter.text.contains("NOTE = \"***\";")
    assert new File(basedir, "target/classes/dev/example/Greeter.class").exists()
    assert new File(basedir, "azlon.lock/files/notes/***.txt").text == "the key: ***\n"
    // No file under the project, nor its name, holds the key in any form.
    def scanned = 0
    def harness = ["invoker.properties", "setup.groovy", "verify.groovy"].collect { new File(basedir, it) }
    basedir.eachFileRecurse { file ->
        if (harness.contains(file)) {
            return
        }
        forms.each { form -> assert !file.path.contains(form) : file.path }
        if (file.isFile() && !file.path.contains("/.git/objects/")) {
            scanned++
            def text = new String(file.bytes, "ISO-8859-1")
            forms.each { form ->
                def found = text.contains(form)
                assert !found : "${file} holds ${form}"
            }
        }
    }
    assert scanned > 20
    // Nor does the run's history, compressed where a plain scan cannot see.
    def workspace = new File(basedir, "target/azlon").listFiles().find { new File(it, "workspace/.git").exists() }
    Git.open(new File(workspace, "workspace")).withCloseable { git ->
        git.log().call().each { commit ->
            forms.each { form -> assert !commit.fullMessage.contains(form) }
            new TreeWalk(git.repository).withCloseable { walk ->
                walk.addTree(commit.tree)
                walk.recursive = true
                while (walk.next()) {
                    def content = new String(git.repository.open(walk.getObjectId(0)).bytes, "ISO-8859-1")
                    forms.each { form -> assert !walk.pathString.contains(form) && !content.contains(form) }
                }
            }
        }
    }
}
return true
