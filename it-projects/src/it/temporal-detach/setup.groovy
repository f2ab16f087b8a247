// Temporal's test server and no worker: a submission waits on the server.
import dev.azlon.temporal.testing.TemporalFixture

TemporalFixture.startServerOnly(basedir)
return true
