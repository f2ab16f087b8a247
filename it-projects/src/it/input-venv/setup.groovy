// Starting files as a real checkout has them: a virtualenv of 600 files (more than the file cap),
// byte code, a .gitignore'd secret, and links in and out of the folder. Made here: Git would not
// keep the links, the cache or the ignored file in the repository.
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub
import java.nio.file.Files

def start = new File(basedir, "target/start")
start.mkdirs()
new File(start, "Dockerfile").text = Answers.pythonDockerfile(baseImage)
new File(start, "main.py").text = "print('Hello, Azlno')\n"
new File(start, ".gitignore").text = "secrets.txt\n"
new File(start, "secrets.txt").text = "do not send\n"
def venv = new File(start, ".venv/lib/python3.11/site-packages")
venv.mkdirs()
new File(start, ".venv/pyvenv.cfg").text = "home = /host/only/path/bin\n"
600.times { new File(venv, "module_${it}.py").text = "x = ${it}\n" }
new File(start, "__pycache__").mkdirs()
new File(start, "__pycache__/main.cpython-311.pyc").bytes = [0, 1, 2] as byte[]
new File(basedir, "target/outside.txt").text = "a host file\n"
Files.createSymbolicLink(new File(start, "outside.txt").toPath(), new File(basedir, "target/outside.txt").toPath())
Files.createSymbolicLink(new File(start, "greeting.py").toPath(), new File("main.py").toPath())

OpenAiStub.startFor(basedir)
    .answer(Answers.candidate(Answers.pythonDockerfile(baseImage), "main.py", "print('Hello, Azlon')"))
    .answer(Answers.review(true, "It prints exactly: Hello, Azlon"))
return true
