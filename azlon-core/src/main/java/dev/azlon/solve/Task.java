package dev.azlon.solve;

import dev.azlon.ConfigurationException;
import dev.azlon.Hashes;
import dev.azlon.Setting;
import dev.azlon.generate.PromptOverrides;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.Checks;
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
 * What is asked: the task in words, the conditions and checks that decide, the images it may start
 * from, the starting files and the prompts' wording. Its {@link #fingerprint()} is the one hash of
 * what was asked: a lock fits only it, a remote solve is the same solve only for it, a run resumes
 * only for it. How far to go ({@link Effort}) is left out, so a run stopped by its budget resumes
 * with a larger one.
 *
 * @param prompt what the program should do
 * @param testConditions what its output must satisfy, judged against the container's stdout
 * @param baseImage the image the model is told to start from
 * @param allowedBaseImages the images a Dockerfile may start from ({@code *} is a wildcard); empty
 *     means the base image alone
 * @param checks machine checks every run must pass; they decide, the judge can only add to them
 * @param acceptance held-out checks: never shown to the model, run once against the final image of
 *     a solved run in fresh containers, exactly as configured (no implicit exit code check); a
 *     solved run that fails one ends {@link Outcome#ACCEPTANCE_FAILED}
 * @param judge whether the model also judges the output against the test conditions
 * @param inputDirectory the user's starting files, or null to start from nothing
 * @param inputExcludes gitignore patterns for starting files to leave out, on top of the input's
 *     own .gitignore files and {@link InputFiles#DEFAULT_EXCLUDES}; {@code !pattern} takes one back
 * @param defaultDockerfile the Dockerfile used when the starting files have none, or null for one
 *     that copies the files onto the base image
 * @param prompts the project's own generate, fix and review templates, if any
 */
public record Task(
    String prompt,
    String testConditions,
    String baseImage,
    List<String> allowedBaseImages,
    Checks checks,
    Checks acceptance,
    boolean judge,
    Path inputDirectory,
    List<String> inputExcludes,
    String defaultDockerfile,
    PromptOverrides prompts) {

  public Task {
    prompt = requireText(Setting.PROMPT, prompt);
    testConditions = requireText(Setting.TEST_CONDITIONS, testConditions);
    baseImage = requireText(Setting.BASE_IMAGE, baseImage);
    allowedBaseImages =
        allowedBaseImages == null || allowedBaseImages.isEmpty()
            ? List.of(baseImage)
            : allowedBaseImages.stream()
                .map(image -> requireText(Setting.ALLOWED_BASE_IMAGES, image))
                .toList();
    checks = checks == null ? Checks.none() : checks;
    acceptance =
        acceptance == null
            ? Checks.of(List.of(), false)
            : Checks.of(acceptance.configured(), false);
    if (!judge && checks.isEmpty()) {
      throw new ConfigurationException(
          Setting.JUDGE,
          "With the judge off, nothing would decide whether the task is solved. Add a check"
              + " (checks, expectExitCode or expectOutput), or turn the judge on.");
    }
    if (inputDirectory != null && !Files.isDirectory(inputDirectory)) {
      throw new ConfigurationException(
          Setting.INPUT_DIRECTORY, "inputDirectory " + inputDirectory + " is not a folder.");
    }
    inputExcludes = inputExcludes == null ? List.of() : List.copyOf(inputExcludes);
    if (defaultDockerfile == null || defaultDockerfile.isBlank()) {
      defaultDockerfile = "FROM " + baseImage + "\nCOPY . /app\nWORKDIR /app\n";
    }
    prompts = prompts == null ? PromptOverrides.none() : prompts;
  }

  /** This task with {@code acceptance} as its held-out checks. */
  public Task withAcceptance(Checks acceptance) {
    return new Task(
        prompt,
        testConditions,
        baseImage,
        allowedBaseImages,
        checks,
        acceptance,
        judge,
        inputDirectory,
        inputExcludes,
        defaultDockerfile,
        prompts);
  }

  /**
   * What was asked, input by input: long or binary ones hashed. Kept by name in a lock, so a stale
   * lock can say which input changed. The starting files are read now.
   */
  public SortedMap<String, String> inputs() {
    SortedMap<String, String> inputs = new TreeMap<>();
    inputs.put("prompt", Hashes.sha256(prompt));
    inputs.put("testConditions", Hashes.sha256(testConditions));
    inputs.put("baseImage", baseImage);
    inputs.put("allowedBaseImages", String.join(",", allowedBaseImages));
    inputs.put("judge", Boolean.toString(judge));
    inputs.put(
        "checks",
        Hashes.sha256(
            String.join("\n", checks.effective().stream().map(Check::describe).toList())));
    if (!acceptance.isEmpty()) {
      // Only when set, so that locks made before acceptance checks existed stay valid.
      inputs.put(
          "acceptance",
          Hashes.sha256(
              String.join("\n", acceptance.configured().stream().map(Check::describe).toList())));
    }
    prompts.templateHashes().forEach((name, hash) -> inputs.put("template:" + name, hash));
    inputs.put("startingFiles", inputDirectory == null ? "" : startingFiles());
    inputs.put("defaultDockerfile", Hashes.sha256(defaultDockerfile));
    return inputs;
  }

  /** The one hash of what was asked. */
  public String fingerprint() {
    return fingerprint(inputs());
  }

  /** One hash of named inputs, in name order. */
  public static String fingerprint(Map<String, String> inputs) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(inputs).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    return Hashes.sha256(text.toString());
  }

  /** The names and contents of the starting files a solve would copy, as one hash. */
  private String startingFiles() {
    InputFiles input = InputFiles.scan(inputDirectory, inputExcludes);
    StringBuilder text = new StringBuilder();
    try {
      for (String name : input.names()) {
        text.append(name)
            .append('=')
            .append(Hashes.sha256(Files.readAllBytes(input.source(name))))
            .append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the starting files in " + inputDirectory, e);
    }
    return Hashes.sha256(text.toString());
  }

  private static String requireText(Setting setting, String value) {
    if (value == null || value.isBlank()) {
      throw new ConfigurationException(
          setting, setting.key() + " is required and must not be blank");
    }
    return value.strip();
  }
}
