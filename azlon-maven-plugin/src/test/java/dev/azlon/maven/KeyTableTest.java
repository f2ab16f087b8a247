package dev.azlon.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azlon.Setting;
import dev.azlon.spec.TaskSettings;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every task key of the one table reaches the core from the POM: each has a parameter, and what a
 * user sets there is in the task the Mojo hands the core. (A spec file's keys: SpecFileTest; the
 * remote payload's: PortableTaskTest.)
 */
class KeyTableTest {

  @TempDir Path temp;

  @Test
  void everyTaskKeySetInThePomReachesTheTask() throws Exception {
    SolveMojo mojo = new SolveMojo(null);
    for (Setting key : Setting.values()) {
      if (key.isTaskKey()) {
        Field field = SolveParameters.class.getDeclaredField(key.key());
        field.setAccessible(true);
        field.set(mojo, sample(key, field.getType()));
      }
    }

    TaskSettings task = mojo.task();

    for (Setting key : Setting.values()) {
      if (key.isTaskKey()) {
        assertThat(task.values()).as(key.key()).containsKey(key);
      }
    }
  }

  /** A value a user could set, of the field's type. */
  private Object sample(Setting key, Class<?> type) throws Exception {
    if (type == File.class) {
      Path file = temp.resolve(key.key() + ".txt");
      Files.writeString(file, "FROM base\n");
      return file.toFile();
    }
    if (type == List.class) {
      if (key.kind() == Setting.Kind.CHECKS) {
        CheckParameter check = new CheckParameter();
        Field exitCode = CheckParameter.class.getDeclaredField("exitCode");
        exitCode.setAccessible(true);
        exitCode.set(check, 0);
        return List.of(check);
      }
      return List.of("src/**");
    }
    if (type == int.class || type == Integer.class) {
      return 7;
    }
    if (type == long.class || type == Long.class) {
      return 64L;
    }
    if (type == boolean.class) {
      return true;
    }
    return switch (key.kind()) {
      case BYTES -> "512m";
      case CPUS -> "0.5";
      case DURATION -> "90s";
      case DOLLARS -> "1.5";
      default -> key.key() + " text";
    };
  }
}
