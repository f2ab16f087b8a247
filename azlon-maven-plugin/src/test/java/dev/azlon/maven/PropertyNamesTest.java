package dev.azlon.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.Setting;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PropertyNamesTest {

  @Test
  void everyConstantIsTheDerivedPropertyOfTheSettingOfItsName() throws Exception {
    int constants = 0;
    for (Field field : PropertyNames.class.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())
          || field.getType() != String.class
          || field.getName().equals("PREFIX")) {
        continue;
      }
      constants++;
      assertThat(field.get(null))
          .as(field.getName())
          .isEqualTo(PropertyNames.of(Setting.valueOf(field.getName())));
    }
    // Every setting but the check lists (POM only) has its constant, for the Mojo's annotations.
    long checkLists =
        Arrays.stream(Setting.values()).filter(s -> s.kind() == Setting.Kind.CHECKS).count();
    assertThat(checkLists).isEqualTo(2);
    assertThat(constants).isEqualTo(Setting.values().length - checkLists);
  }

  @Test
  void mentionsAreSaidInThePomsAndTheCommandLinesWords() {
    String core =
        "Raise "
            + Setting.SANDBOX_MEMORY.mention()
            + "; re-solve with "
            + Setting.REFRESH.mention("true")
            + " under "
            + Setting.TEMPORAL_RUN.named("it")
            + "; "
            + Setting.CHECKS.mention()
            + ", "
            + Setting.ACCEPTANCE.mention()
            + "; `unknown` stays.";

    assertThat(PropertyNames.render(core))
        .isEqualTo(
            "Raise <sandboxMemory> / -Dazlon.sandbox.memory; re-solve with -Dazlon.refresh=true"
                + " under azlon.temporal.run=it; <checks>, <acceptance>; `unknown` stays.");
  }
}
