package dev.azlon.maven;

import dev.azlon.event.SolveEvent;
import dev.azlon.job.JobListener;
import dev.azlon.verdict.Verdict;
import dev.azlon.workspace.FileNames;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.plugin.logging.Log;

/**
 * A job's events in Maven's log: one line per iteration of each task (led by {@code [spec]} in a
 * batch, where specs' lines mix), the job's own lines as they come, every setting they mention in
 * the POM's and the command line's words.
 */
final class MavenLog implements JobListener {

  private final Log log;
  private final Map<String, StringBuilder> lines = new ConcurrentHashMap<>();

  MavenLog(Log log) {
    this.log = log;
  }

  @Override
  public void on(String task, SolveEvent event) {
    String prefix = task == null ? "" : "[" + FileNames.printable(task) + "] ";
    StringBuilder line = lines.computeIfAbsent(task == null ? "" : task, t -> new StringBuilder());
    synchronized (line) {
      progress(prefix, line, event);
    }
  }

  @Override
  public void stopping(String text) {
    // Maven's log may be closed by now: standard error still reaches the terminal.
    System.err.println("[azlon] " + PropertyNames.render(text));
  }

  private void progress(String prefix, StringBuilder line, SolveEvent event) {
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
      verdict(prefix, line, reached);
    } else if (event instanceof SolveEvent.Message message) {
      String text = prefix + PropertyNames.render(message.text());
      switch (message.level()) {
        case DEBUG -> log.debug(text);
        case INFO -> log.info(text);
        case WARN -> log.warn(text);
      }
    }
  }

  private void verdict(String prefix, StringBuilder line, SolveEvent.VerdictReached reached) {
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
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }
}
