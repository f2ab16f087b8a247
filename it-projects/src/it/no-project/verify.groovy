// mvn dev.azlon:azlon-maven-plugin:<version>:solve in a folder with no POM at all.
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

def stub = OpenAiStub.start()
try {
    stub.answer(Answers.pythonCandidate(baseImage, "print('Hello, Azlon')"))
        .answer(Answers.review(true, "It prints exactly: Hello, Azlon"))
    def folder = new File(basedir, "empty-folder")
    folder.mkdirs()
    def command = ["mvn", "-B", "-s", new File(basedir.parentFile, "interpolated-settings.xml").path,
        "-Dmaven.repo.local=" + localRepositoryPath,
        "dev.azlon:azlon-maven-plugin:${pluginVersion}:solve",
        "-Dazlon.prompt=Write a Python program that greets Azlon.",
        "-Dazlon.testConditions=The program prints exactly: Hello, Azlon",
        "-Dazlon.baseImage=" + baseImage, "-Dazlon.baseUrl=" + stub.baseUrl()]
    def process = new ProcessBuilder(command*.toString()).directory(folder).redirectErrorStream(true).start()
    def log = process.inputStream.text
    assert process.waitFor() == 0 : log
    assert log.contains("Solved in 1 iteration")
    assert new File(folder, "target/azlon").listFiles().find { it.isDirectory() } != null
} finally {
    stub.close()
}
return true
