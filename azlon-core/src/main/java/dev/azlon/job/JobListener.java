package dev.azlon.job;

import dev.azlon.event.SolveEvent;

/** Receives what a job does: a task's events and the job's own lines. */
public interface JobListener {

  JobListener NONE = (task, event) -> {};

  /**
   * @param task the spec the event is about in a batch; null for a single task and for the job's
   *     own lines
   */
  void on(String task, SolveEvent event);

  /**
   * Said while the JVM stops (Ctrl-C while following remote work): the caller's usual output may be
   * closed by then.
   */
  default void stopping(String text) {}
}
