// A starting file whose name has a backslash: on Linux a plain character, on Windows a folder.
import dev.azlon.testing.OpenAiStub

def start = new File(basedir, "target/start")
start.mkdirs()
new File(start, "main.py").text = "print('Hello, Azlon')\n"
new File(start, "lib\\util.py").text = "x = 1\n"
OpenAiStub.startFor(basedir)
return true
