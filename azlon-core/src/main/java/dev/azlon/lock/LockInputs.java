package dev.azlon.lock;

import dev.azlon.Hashes;
import dev.azlon.solve.SolveSpec;
import dev.azlon.verdict.Check;
import dev.azlon.workspace.InputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a solution depends on, input by input: the prompt, test conditions, checks, judge, base
 * images, starting files' contents, prompt templates and model. Kept by name in the lock, so a
 * stale lock can say which input changed; the fingerprint hashes them all.
 */
public final class LockInputs {

  private LockInputs() {}

  /** Each input, hashed where it is long or binary. */
  public static SortedMap<String, String> of(SolveSpec spec, String model) {
    SortedMap<String, String> inputs = new TreeMap<>();
    inputs.put("prompt", sha256(spec.prompt()));
    inputs.put("testConditions", sha256(spec.testConditions()));
    inputs.put("baseImage", spec.baseImage());
    inputs.put("allowedBaseImages", String.join(",", spec.allowedBaseImages()));
    inputs.put("judge", Boolean.toString(spec.judge()));
    inputs.put(
        "checks",
        sha256(
            String.join("\n", spec.checks().effective().stream().map(Check::describe).toList())));
    inputs.put("model", model == null ? "" : model);
    spec.prompts().templateHashes().forEach((name, hash) -> inputs.put("template:" + name, hash));
    inputs.put(
        "startingFiles",
        spec.inputDirectory() == null
            ? ""
            : filesHash(spec.inputDirectory(), spec.inputExcludes()));
    if (spec.defaultDockerfile() != null) {
      inputs.put("defaultDockerfile", sha256(spec.defaultDockerfile()));
    }
    return inputs;
  }

  /** One hash of all inputs. */
  public static String fingerprint(Map<String, String> inputs) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(inputs).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    return sha256(text.toString());
  }

  static String sha256(String text) {
    return Hashes.sha256(text);
  }

  static String sha256(byte[] bytes) {
    return Hashes.sha256(bytes);
  }

  /** The names and contents of every file under {@code folder}, as one hash. */
  private static String filesHash(Path folder, List<String> excludes) {
    InputFiles input = InputFiles.scan(folder, excludes);
    StringBuilder text = new StringBuilder();
    try {
      for (String name : input.names()) {
        text.append(name).append('=').append(sha256(Files.readAllBytes(input.source(name))));
        text.append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the starting files in " + folder, e);
    }
    return sha256(text.toString());
  }
}
