package dev.azlon.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeterTest {

  @Test
  void theFirstIterationIsPricedThoughNoModelHadAnsweredBeforeIt() {
    Meter meter = meter(Prices.known("gpt-5"));
    Usage before = meter.usage();
    meter.record(1_000_000, 0, 100_000, "gpt-5-2025-08-07");

    assertThat(before.costUsd()).isEmpty();
    assertThat(meter.spentSince(before).costUsd())
        .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("2.25"));
  }

  @Test
  void anIterationIsPricedForWhatItSpentAlone() {
    Meter meter = meter(Optional.of(Prices.of("1", "1")));
    meter.record(1_000_000, 0, 0, "m");
    Usage before = meter.usage();
    meter.record(2_000_000, 0, 1_000_000, "m");

    Usage spent = meter.spentSince(before);
    assertThat(spent.inputTokens()).isEqualTo(2_000_000);
    assertThat(spent.costUsd()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("3"));
  }

  @Test
  void aKnownModelsPricesDoNotPriceAnotherModel() {
    Meter meter = meter(Prices.known("gpt-5"));
    Usage before = meter.usage();
    meter.record(1_000, 0, 100, "stub-model");

    assertThat(meter.spentSince(before).costUsd()).isEmpty();
  }

  private static Meter meter(Optional<Prices> prices) {
    return new Meter(
        new Budget(Optional.empty(), Optional.empty(), Optional.empty(), prices),
        Clock.systemUTC());
  }
}
