// The first candidate prints a plausible total, but its own unit tests fail; the judge is fooled
// and says solved. The checks must keep the run going until the tests pass.
import dev.azlon.testing.Answers
import dev.azlon.testing.OpenAiStub

def main = "from totals import total\nprint(f'total: {total([1, 2, 3])}')\n"
def tests = """import unittest
from totals import total


class TotalTest(unittest.TestCase):
    def test_sums(self):
        self.assertEqual(6, total([1, 2, 3]))


if __name__ == '__main__':
    unittest.main()
"""
def dockerfile = Answers.pythonDockerfile(baseImage)

def stub = OpenAiStub.startFor(basedir)
stub.answer(Answers.candidate(dockerfile, "main.py", main,
        "totals.py", "def total(numbers):\n    return sum(numbers) + 1\n", "test_totals.py", tests))
    .answer(Answers.review(true, "It prints a total."))
    .answer(Answers.candidate(dockerfile, "totals.py", "def total(numbers):\n    return sum(numbers)\n"))
    .answer(Answers.review(true, "It prints total: 6 and the tests pass."))

return true
