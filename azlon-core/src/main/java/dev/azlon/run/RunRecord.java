package dev.azlon.run;

import dev.azlon.Redactor;
import dev.azlon.budget.Usage;
import dev.azlon.event.SolveEvent;
import dev.azlon.event.SolveListener;
import dev.azlon.solve.Outcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a run leaves on disk as it goes, and how it ends: {@code state.json} after every phase, and
 * at the end, however it comes (a verdict, a failure, Ctrl-C), the final state and the three
 * reports. The end is written once: a JVM stopped mid-run records itself as interrupted through a
 * shutdown hook, and the solving thread, still running meanwhile, can no longer overwrite it.
 */
public final class RunRecord {

  private final Path runDirectory;
  private final RunRecorder recorder;
  private final Redactor redactor;
  private final SolveListener listener;
  private final Supplier<Usage> usage;
  private final Supplier<Map<String, String>> files;
  private final Thread shutdownHook = new Thread(this::stoppedByShutdown, "azlon-run-record");
  private RunState state;
  private boolean ended;

  /**
   * The reports of a running run are rewritten after a phase at most this often: a browser reloads
   * them every 5 s, and rendering them after every quick phase would cost more than the loop.
   */
  static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

  private Duration lastProgress;

  public RunRecord(
      Path runDirectory,
      RunRecorder recorder,
      Redactor redactor,
      SolveListener listener,
      Supplier<Usage> usage,
      Supplier<Map<String, String>> files) {
    this.runDirectory = runDirectory;
    this.recorder = recorder;
    this.redactor = redactor;
    this.listener = listener;
    this.usage = usage;
    this.files = files;
  }

  /** Records the run as started and watches for the JVM being stopped. */
  public synchronized void start(String fingerprint) {
    state = RunState.started(runDirectory.getFileName().toString(), fingerprint);
    state.write(runDirectory);
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Records a phase as done; a run that has ended stays as it ended. */
  public synchronized void phase(int iteration, String phase) {
    if (!ended) {
      state = state.at(iteration, phase);
      state.write(runDirectory);
      Duration now = recorder.elapsed();
      if (lastProgress != null && now.minus(lastProgress).compareTo(PROGRESS_EVERY) < 0) {
        return;
      }
      lastProgress = now;
      try {
        // Without the files: reading and rendering a whole project after every phase would cost
        // more than the loop itself. They are in the final reports, and in the workspace meanwhile.
        recorder.writeInProgress(
            runDirectory,
            "Iteration " + iteration + ", after the phase '" + phase + "'.",
            null,
            usage.get(),
            Map.of(),
            redactor);
      } catch (RuntimeException e) {
        warn("The run's reports could not be brought up to date: " + e.getMessage());
      }
    }
  }

  public synchronized RunRecorder recorder() {
    return recorder;
  }

  /**
   * Ends the run: the final state, then the reports. Both are best effort, so that a full disk
   * cannot hide how the run ended; what could not be written is said as a warning.
   *
   * @return how long the run took, as the reports say
   */
  public synchronized Duration end(Outcome outcome, String detail, String model) {
    Duration duration = recorder.elapsed();
    if (ended) {
      return duration;
    }
    ended = true;
    unwatch();
    String redacted = redactor.redact(detail);
    if (state == null) {
      state = RunState.started(runDirectory.getFileName().toString(), null);
    }
    state = state.ended(outcome, redacted);
    try {
      state.write(runDirectory);
    } catch (RuntimeException e) {
      warn("The run's state could not be recorded: " + e.getMessage());
    }
    try {
      recorder.write(
          runDirectory, outcome, redacted, duration, model, usage.get(), files.get(), redactor);
    } catch (RuntimeException e) {
      warn("The run's reports could not be written: " + e.getMessage());
    }
    return duration;
  }

  private void stoppedByShutdown() {
    RunState at;
    synchronized (this) {
      if (ended) {
        return;
      }
      at = state;
    }
    end(
        Outcome.INTERRUPTED,
        "Stopped (Ctrl-C or a signal) in iteration "
            + at.iteration()
            + ", after the phase '"
            + at.phase()
            + "'. Resume it with resume.",
        null);
  }

  private void unwatch() {
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running (it is what ends the run) or about to; nothing to unregister.
    }
  }

  private void warn(String text) {
    try {
      listener.on(new SolveEvent.Message(SolveEvent.Level.WARN, redactor.redact(text)));
    } catch (RuntimeException e) {
      // A listener failing here must not hide the run's own ending.
    }
  }
}
