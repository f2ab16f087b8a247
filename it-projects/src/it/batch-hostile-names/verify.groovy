import dev.azlon.testing.OpenAiStub
import javax.xml.parsers.DocumentBuilderFactory

OpenAiStub.verify(basedir) { stub ->
    def log = new File(basedir, "build.log").text
    assert stub.requests().size() == 2
    assert log.contains("2 of 2 specs solved")
    // index.html: links are ./-led relative URLs, percent-encoded; names are text, never markup.
    def index = new File(basedir, "target/azlon/index.html").text
    assert index =~ /<a href="\.\/javascript%3Aalert%281%29\/[0-9a-f-]+\/report\.html">javascript:alert\(1\)<\/a>/
    assert index.contains("<a href=\"./%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%282%29%3E/")
    assert index.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;</a>")
    assert !index.contains("<img") && !index.contains("href=\"javascript")
    // JUnit XML parses, whatever the name.
    def reports = new File(basedir, "target/azlon-reports").listFiles().findAll { it.name.endsWith(".xml") }
    assert reports.size() == 2
    reports.each { file ->
        def suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file).documentElement
        assert suite.getAttribute("failures") == "0"
        assert suite.getAttribute("name").startsWith("azlon.")
    }
    // Each event of a spec is one line that starts with its name.
    assert log.readLines().count { it.startsWith("[INFO] [javascript:alert(1)] iteration 1/") } == 1
    // Build 2: the names that would split a line or hide a character are refused, each on one line.
    assert log.contains("hello<U+000A>[INFO] BUILD SUCCESS.azlon.yaml: its name holds the control character U+000A")
    assert log.contains("gnp.<U+202E>exe.azlon.yaml: its name holds the invisible character U+202E")
    def forged = log.readLines().any { it.startsWith("[INFO] BUILD SUCCESS.azlon.yaml") }
    assert !forged
    def hidden = log.contains("\u202E")
    assert !hidden
}
return true
