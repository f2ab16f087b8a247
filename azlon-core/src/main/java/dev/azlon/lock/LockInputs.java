package dev.azlon.lock;

import dev.azlon.Hashes;
import dev.azlon.solve.SolveSpec;
import dev.azlon.solve.Task;
import java.util.Map;
import java.util.SortedMap;

/**
 * What a locked solution depends on, input by input: what was asked ({@link Task#inputs()}) and the
 * model that answered. Kept by name in the lock, so a stale lock can say which input changed; the
 * fingerprint hashes them all.
 */
public final class LockInputs {

  private LockInputs() {}

  /** What was asked, and the model. */
  public static SortedMap<String, String> of(SolveSpec spec, String model) {
    SortedMap<String, String> inputs = spec.task().inputs();
    inputs.put("model", model == null ? "" : model);
    return inputs;
  }

  /** One hash of all inputs. */
  public static String fingerprint(Map<String, String> inputs) {
    return Task.fingerprint(inputs);
  }

  static String sha256(String text) {
    return Hashes.sha256(text);
  }

  static String sha256(byte[] bytes) {
    return Hashes.sha256(bytes);
  }
}
