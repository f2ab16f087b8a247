// Both builds returned at once with the ids; the second found the first's batch still waiting.
import dev.azlon.temporal.testing.TemporalFixture
import io.temporal.api.enums.v1.WorkflowExecutionStatus

try {
    def log = new File(basedir, 'build.log').text
    def submitted = (log =~ /as (azlon-it-batch-azlon-\w+) \(2 specs\)\./).collect { it[1] }
    assert submitted.size() == 2
    assert submitted[0] == submitted[1]
    def batch = submitted[0]
    assert log.contains('Not following it (azlon.temporal.detach): ' + batch + '. Submit again'
        + ' without azlon.temporal.detach and with the same azlon.temporal.run to follow it')
    def hello = (log =~ /  hello: (azlon-it-hello-\w+)/).collect { it[1] }
    assert hello.size() == 2 && hello[0] == hello[1]
    assert log.contains('  sheep: azlon-it-sheep-')
    assert !log.contains('BUILD FAILURE')
    // Nothing was solved here, so nothing was written here.
    assert !new File(basedir, 'target/azlon').exists()
    assert !new File(basedir, 'src/azlon/hello.azlon.lock').exists()

    // One batch, waiting for a worker: the second submission did not start another run.
    def description = TemporalFixture.client(basedir).newUntypedWorkflowStub(batch).describe()
    assert description.status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING
    assert description.firstRunId == description.execution.runId
} finally {
    TemporalFixture.stop(basedir)
}
return true
