// Solved on the worker, followed here, its reports written here; the key never left the worker.
import dev.azlon.temporal.testing.TemporalFixture
import dev.azlon.testing.OpenAiStub
import groovy.json.JsonSlurper

try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('Submitted to Temporal at localhost:')
    assert log.contains('(namespace default, task queue azlon) as azlon-it-temporal-')
    assert log.contains('Remote: iteration')
    assert log.contains('Solved remotely by it-worker')
    assert log.contains('Solved in 2 iterations')
    // The second build: the same task, solved under the same run, fetched with no model call.
    assert log.contains('Solved earlier under azlon.temporal.run=it as azlon-it-temporal-')
    assert log.contains('its result is fetched, no model is asked again.')
    assert !log.contains('sk-it-worker')

    def runs = new File(basedir, 'target/azlon').listFiles().findAll { it.isDirectory() }
    assert runs.size() == 1
    def summary = new JsonSlurper().parse(new File(runs[0], 'summary.json'))
    assert summary.outcome == 'SOLVED'
    assert summary.iterations.size() == 2
    assert new File(runs[0], 'report.html').exists()
    assert new File(runs[0], 'workspace/main.py').text.contains('Hello, Azlon')
    // Locked as a local solve is (without the base image's id: this build cannot ask the worker's engine).
    assert log.contains('Locked 2 files in')
    def lock = new JsonSlurper().parse(new File(basedir, 'azlon.lock/lock.json'))
    assert lock.runId == runs[0].name
    assert lock.files.keySet() == ['Dockerfile', 'main.py'] as Set
    assert lock.environment == null || lock.environment.baseImageId == null
    assert new File(basedir, 'azlon.lock/files/main.py').text.contains('Hello, Azlon')

    def worker = TemporalFixture.workerLog(basedir)
    assert worker.contains('Worker it-worker on localhost:')
    assert worker.contains('SOLVED')
    assert !worker.contains('sk-it-worker')
    OpenAiStub.verify(basedir) { stub ->
        assert stub.requests().size() == 3
        stub.requests().each { assert it.toString().contains('"model":"gpt-4o"') }
    }
} finally {
    TemporalFixture.stop(basedir)
}
return true
