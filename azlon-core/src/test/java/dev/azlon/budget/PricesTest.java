package dev.azlon.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PricesTest {

  @Test
  void theGpt5FamilyHasItsListPrices() {
    assertThat(cost("gpt-5")).isEqualByComparingTo("11.375");
    assertThat(cost("gpt-5-mini")).isEqualByComparingTo("2.275");
    assertThat(cost("gpt-5-nano")).isEqualByComparingTo("0.455");
    assertThat(cost("o3")).isEqualByComparingTo("10.50");
  }

  @Test
  void aDatedNameHasItsModelsPricesAndNoOther() {
    assertThat(Prices.known("gpt-5-2025-08-07")).get().extracting(Prices::model).isEqualTo("gpt-5");
    assertThat(Prices.known("gpt-5-mini-2025-08-07"))
        .get()
        .extracting(Prices::model)
        .isEqualTo("gpt-5-mini");
    assertThat(Prices.known("gpt-5-codex")).isEmpty();
  }

  /** A million input, of which a million cached more, and a million output tokens. */
  private static BigDecimal cost(String model) {
    return Prices.known(model).orElseThrow().cost(2_000_000, 1_000_000, 1_000_000);
  }
}
