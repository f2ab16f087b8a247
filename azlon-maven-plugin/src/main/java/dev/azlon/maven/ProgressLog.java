package dev.azlon.maven;

import dev.azlon.event.SolveEvent;
import dev.azlon.event.SolveListener;
import dev.azlon.verdict.Verdict;
import java.time.Duration;
import java.util.Locale;
import org.apache.maven.plugin.logging.Log;

/** Turns a solve's events into one line per iteration in Maven's log. */
final class ProgressLog implements SolveListener {

  private final Log log;
  private final String prefix;
  private final StringBuilder line = new StringBuilder();

  /**
   * @param prefix put before each line ("[hello] " in a batch, where specs' lines mix)
   */
  ProgressLog(Log log, String prefix) {
    this.log = log;
    this.prefix = prefix;
  }

  @Override
  public void on(SolveEvent event) {
    if (event instanceof SolveEvent.IterationStarted started) {
      line.setLength(0);
      line.append(prefix)
          .append("iteration ")
          .append(started.iteration())
          .append('/')
          .append(started.maxIterations())
          .append(':');
    } else if (event instanceof SolveEvent.CandidateReceived candidate) {
      int files = candidate.fileCount();
      line.append(' ').append(files).append(files == 1 ? " file," : " files,");
    } else if (event instanceof SolveEvent.BuildFinished build) {
      line.append(build.succeeded() ? " build " : " build FAILED ")
          .append(seconds(build.duration()))
          .append(',');
    } else if (event instanceof SolveEvent.RunFinished run) {
      line.append(" run ")
          .append(seconds(run.duration()))
          .append(" (exit ")
          .append(run.exitCode())
          .append("),");
    } else if (event instanceof SolveEvent.VerdictReached reached) {
      Verdict verdict = reached.verdict();
      if (!verdict.checks().isEmpty()) {
        line.append(" checks ")
            .append(verdict.checksPassed())
            .append('/')
            .append(verdict.checks().size())
            .append(',');
      }
      if (verdict.judged()) {
        line.append(" judge: ").append(verdict.judgeAgreed() ? "solved" : "not solved").append(',');
      }
      line.append(' ')
          .append(reached.usage().describeTokens())
          .append(": ")
          .append(verdict.solved() ? "solved" : "not solved");
      log.info(line);
      if (!verdict.solved()) {
        String reason = verdict.reason().lines().findFirst().orElse("");
        log.info(
            prefix + "  " + (reason.length() <= 300 ? reason : reason.substring(0, 297) + "..."));
      }
    } else if (event instanceof SolveEvent.Message message) {
      switch (message.level()) {
        case DEBUG -> log.debug(prefix + message.text());
        case INFO -> log.info(prefix + message.text());
        case WARN -> log.warn(prefix + message.text());
      }
    }
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }
}
