// The folder went to the worker as one batch; its reports, JUnit XML and locks were written here.
import dev.azlon.temporal.testing.TemporalFixture
import dev.azlon.testing.OpenAiStub

try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('(namespace default, task queue azlon) as azlon-it-batch-azlon-')
    assert log.contains('(3 specs).')
    assert log.contains('(2 specs).')
    assert log.contains('[hello] Remote: iteration')
    assert log.contains('[sheep] Solved remotely by it-worker')
    assert log.contains('[hello] SOLVED, report: ')
    assert log.contains('[ghost] CONFIGURATION_ERROR: These base images are not on the Docker engine')
    assert log.contains('1 of 3 specs solved')
    assert log.contains('sheep: UNSOLVED')
    assert log.contains('ghost: CONFIGURATION_ERROR')
    assert !log.contains('sk-it-worker')
    // Locked as in a local batch; the second build took hello from its lock and sent the others.
    assert log.contains('Locked 2 files in ' + new File(basedir, 'src/azlon/hello.azlon.lock'))
    assert log.contains('Took the solution of hello from its lock in')

    def runs = new File(basedir, 'target/azlon')
    def hello = new File(runs, 'hello').listFiles().findAll { it.isDirectory() }
    assert hello.size() == 1
    assert new File(hello[0], 'report.html').exists()
    assert new File(hello[0], 'workspace/main.py').text.contains('Hello, Azlon')
    // Solved twice (a batch again after the first ended starts its specs again): two runs.
    assert new File(runs, 'sheep').listFiles().findAll { it.isDirectory() }.size() == 2
    assert !new File(runs, 'ghost').exists()

    def reports = new File(basedir, 'target/azlon-reports')
    def suite = { name ->
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new File(reports, 'TEST-' + name + '.xml')).documentElement
    }
    assert suite('hello').getAttribute('failures') == '0'
    assert suite('sheep').getAttribute('failures') == '2'
    assert suite('ghost').getAttribute('errors') == '1'
    assert new File(runs, 'index.html').text.contains('CONFIGURATION_ERROR')

    def worker = TemporalFixture.workerLog(basedir)
    assert !worker.contains('sk-it-worker')
    OpenAiStub.verify(basedir) { stub ->
        // hello once; sheep a candidate and a fix, twice; ghost never reached the model.
        assert stub.requests().size() == 5
        assert stub.unansweredScriptSize() == 0
    }
} finally {
    TemporalFixture.stop(basedir)
}
return true
