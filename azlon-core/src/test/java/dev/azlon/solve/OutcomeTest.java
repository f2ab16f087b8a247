package dev.azlon.solve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.ConfigurationException;
import dev.azlon.InterruptedRunException;
import dev.azlon.Setting;
import dev.azlon.budget.BudgetExceededException;
import dev.azlon.model.ModelRejectedException;
import dev.azlon.model.ModelUnavailableException;
import dev.azlon.run.RunState;
import dev.azlon.sandbox.SandboxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class OutcomeTest {

  @Test
  void everyKindOfFailureMapsToItsOutcome() {
    assertThat(Outcome.of(new SandboxException("lost", null))).isEqualTo(Outcome.INFRA_FAILURE);
    assertThat(Outcome.of(new UncheckedIOException(new IOException("No space left on device"))))
        .isEqualTo(Outcome.INFRA_FAILURE);
    assertThat(Outcome.of(new ModelUnavailableException("429", null)))
        .isEqualTo(Outcome.MODEL_UNAVAILABLE);
    assertThat(Outcome.of(new ModelRejectedException("401", null)))
        .isEqualTo(Outcome.MODEL_REJECTED);
    assertThat(Outcome.of(new InterruptedRunException("Ctrl-C", null)))
        .isEqualTo(Outcome.INTERRUPTED);
    assertThat(Outcome.of(new BudgetExceededException("tokens")))
        .isEqualTo(Outcome.BUDGET_EXCEEDED);
    assertThat(Outcome.of(new ConfigurationException(Setting.INPUT_DIRECTORY, "bad")))
        .isEqualTo(Outcome.CONFIGURATION_ERROR);
    assertThat(Outcome.of(new IllegalStateException("a bug"))).isEqualTo(Outcome.INTERNAL_ERROR);
  }

  @Test
  void verdictsAreFinishedAndNeverResumed() {
    for (Outcome outcome : Outcome.values()) {
      RunState ended = RunState.started("run", "spec").ended(outcome, "detail");
      boolean finalOne =
          outcome == Outcome.SOLVED
              || outcome == Outcome.UNSOLVED
              || outcome == Outcome.STUCK
              || outcome == Outcome.ACCEPTANCE_FAILED;
      assertThat(ended.status())
          .as(outcome.name())
          .isEqualTo(finalOne ? RunState.FINISHED : RunState.STOPPED);
      assertThat(ended.resumable()).isEqualTo(!finalOne);
    }
  }
}
