package dev.azlon.job;

import dev.azlon.Redactor;
import dev.azlon.event.SolveEvent;
import dev.azlon.event.SolveListener;

/** A job's lines, redacted on their way to the listener. */
final class Say {

  private final JobListener listener;
  private final Redactor redactor;

  Say(JobListener listener, Redactor redactor) {
    this.listener = listener;
    this.redactor = redactor;
  }

  void info(String text) {
    line(null, SolveEvent.Level.INFO, text);
  }

  void info(String task, String text) {
    line(task, SolveEvent.Level.INFO, text);
  }

  void warn(String text) {
    line(null, SolveEvent.Level.WARN, text);
  }

  /** A task's own events, under its name (null for a single task). */
  SolveListener forTask(String task) {
    return event -> listener.on(task, event);
  }

  void stopping(String text) {
    listener.stopping(redactor.redact(text));
  }

  private void line(String task, SolveEvent.Level level, String text) {
    listener.on(task, new SolveEvent.Message(level, redactor.redact(text)));
  }
}
