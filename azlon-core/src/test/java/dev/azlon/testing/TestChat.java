package dev.azlon.testing;

import dev.azlon.Redactor;
import dev.azlon.budget.Budget;
import dev.azlon.budget.Meter;
import dev.azlon.event.SolveEvent;
import dev.azlon.generate.ChatSettings;
import dev.azlon.generate.Transcript;
import dev.azlon.model.RetryPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Chat settings for tests: a transcript file, no budget, quick retries, messages kept. */
public final class TestChat {

  /** Three attempts, 10 ms apart at first, at most 5 s of waiting in all. */
  public static final RetryPolicy QUICK_RETRIES =
      new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(5), Duration.ofSeconds(5));

  private final List<SolveEvent.Message> messages = new ArrayList<>();
  private final ChatSettings settings;

  public TestChat(Path transcript) {
    this(transcript, Budget.unlimited());
  }

  public TestChat(Path transcript, Budget budget) {
    this(transcript, budget, Redactor.patternsOnly());
  }

  public TestChat(Path transcript, Budget budget, Redactor redactor) {
    this.settings =
        new ChatSettings(
            new Transcript(transcript, redactor),
            new Meter(budget, Clock.systemUTC()),
            QUICK_RETRIES,
            event -> {
              if (event instanceof SolveEvent.Message message) {
                messages.add(message);
              }
            },
            redactor);
  }

  public ChatSettings settings() {
    return settings;
  }

  /** The texts of the messages said so far. */
  public List<String> messages() {
    return messages.stream().map(SolveEvent.Message::text).toList();
  }
}
