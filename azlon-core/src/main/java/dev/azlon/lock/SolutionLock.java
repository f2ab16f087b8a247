package dev.azlon.lock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.azlon.ConfigurationException;
import dev.azlon.InfrastructureException;
import dev.azlon.Setting;
import dev.azlon.apply.ProjectDirectory;
import dev.azlon.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A solution locked where the user commits it, so that later builds take it instead of paying the
 * model again: a folder with {@code lock.json} (the inputs it was solved for, by name, their
 * fingerprint, each file's SHA-256, the run and the date) and {@code files/} (the solution itself,
 * reviewable in a pull request). One folder per spec: specs are reviewed, changed and removed one
 * at a time, and two specs never conflict in one file.
 *
 * @param directory the lock's folder
 * @param fingerprint the hash of {@code inputs}
 * @param inputs what the solution was solved for, by name
 * @param files each file's SHA-256, by name
 * @param runId the run that solved it
 * @param lockedAt when
 * @param environment what the solution was checked on, for the record only (the base image's id):
 *     not an input, since a locked build runs no container to ask; {@code verifyLocked} compares it
 */
public record SolutionLock(
    Path directory,
    String fingerprint,
    SortedMap<String, String> inputs,
    SortedMap<String, String> files,
    String runId,
    String lockedAt,
    SortedMap<String, String> environment) {

  /** The format this Azlon writes and reads; a newer one is refused, never guessed at. */
  public static final int VERSION = 1;

  public static final String FILE = "lock.json";
  public static final String FILES = "files";

  private static final ObjectMapper JSON = new ObjectMapper();

  public Path filesDirectory() {
    return directory.resolve(FILES);
  }

  /** Whether the solution was solved for exactly these inputs. */
  public boolean isFor(Map<String, String> current) {
    return fingerprint.equals(LockInputs.fingerprint(current));
  }

  /** The inputs that differ from the locked ones, by name. */
  public List<String> changedInputs(Map<String, String> current) {
    List<String> changed = new ArrayList<>();
    TreeMap<String, String> all = new TreeMap<>(inputs);
    all.putAll(current);
    all.keySet()
        .forEach(
            name -> {
              if (!String.valueOf(inputs.get(name)).equals(String.valueOf(current.get(name)))) {
                changed.add(name);
              }
            });
    return changed;
  }

  /**
   * The lock in {@code directory}, checked: its format, and every file against its hash.
   *
   * @return empty when there is no lock there
   * @throws ConfigurationException when the lock is from a newer Azlon, lacks its files, or a file
   *     was changed, added or removed by hand; never silently re-solved or used
   */
  public static Optional<SolutionLock> read(Path directory) {
    Path file = directory.resolve(FILE);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    JsonNode json;
    try {
      json = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw invalid(directory, "lock.json cannot be read: " + e.getMessage());
    }
    int version = json.path("lockVersion").asInt(-1);
    if (version > VERSION) {
      throw invalid(
          directory,
          "it was written by a newer Azlon (lock format "
              + version
              + "; this one reads "
              + VERSION
              + "). Use that Azlon, or re-solve with -D"
              + Setting.REFRESH.property()
              + "=true");
    }
    if (version < 1 || !json.path("files").isObject() || !json.path("inputs").isObject()) {
      throw invalid(directory, "lock.json is not a lock Azlon wrote");
    }
    SortedMap<String, String> files = strings(json.path("files"));
    SolutionLock lock =
        new SolutionLock(
            directory,
            json.path("fingerprint").asText(),
            strings(json.path("inputs")),
            files,
            json.path("runId").asText(),
            json.path("lockedAt").asText(),
            strings(json.path("environment")));
    lock.checkFiles();
    return Optional.of(lock);
  }

  /**
   * Locks {@code solution}: replaces what the folder held with its files and a new {@code
   * lock.json}, writing through no link.
   */
  public static SolutionLock write(
      Path directory,
      SortedMap<String, String> inputs,
      Workspace solution,
      String runId,
      Instant lockedAt) {
    return write(directory, inputs, solution, runId, lockedAt, Map.of());
  }

  /** As {@link #write(Path, SortedMap, Workspace, String, Instant)}, recording the environment. */
  public static SolutionLock write(
      Path directory,
      SortedMap<String, String> inputs,
      Workspace solution,
      String runId,
      Instant lockedAt,
      Map<String, String> environment) {
    try {
      Files.createDirectories(directory);
      ProjectDirectory folder = new ProjectDirectory(directory);
      for (String name : List.of(FILE, FILES)) {
        folder
            .linkProblem(name)
            .ifPresent(
                why -> {
                  throw invalid(directory, "it cannot be written: " + why);
                });
      }
      ProjectDirectory.deleteTree(directory.resolve(FILES));
      ProjectDirectory target =
          new ProjectDirectory(Files.createDirectories(directory.resolve(FILES)));
      SortedMap<String, String> hashes = new TreeMap<>();
      for (String name : solution.files()) {
        byte[] content = Files.readAllBytes(solution.root().resolve(name));
        target.write(name, content);
        hashes.put(name, LockInputs.sha256(content));
      }
      SolutionLock lock =
          new SolutionLock(
              directory,
              LockInputs.fingerprint(inputs),
              new TreeMap<>(inputs),
              hashes,
              runId,
              lockedAt.toString(),
              new TreeMap<>(environment));
      ObjectNode json =
          JSON.createObjectNode()
              .put("lockVersion", VERSION)
              .put("fingerprint", lock.fingerprint())
              .put("runId", runId)
              .put("lockedAt", lock.lockedAt());
      json.set("inputs", JSON.valueToTree(lock.inputs()));
      json.set("files", JSON.valueToTree(lock.files()));
      json.set("environment", JSON.valueToTree(lock.environment()));
      folder.write(
          FILE,
          (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return lock;
    } catch (IOException e) {
      throw new InfrastructureException(
          "Could not write the solution lock in " + directory + ": " + e.getMessage(), e);
    }
  }

  /** Every locked file is there with its hash, and no other. */
  private void checkFiles() {
    Path root = filesDirectory();
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      throw invalid(
          directory, "its files/ folder is missing; the lock names " + files.size() + " files");
    }
    List<String> problems = new ArrayList<>();
    List<String> present = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path :
          walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        String name = root.relativize(path).toString().replace('\\', '/');
        present.add(name);
        if (Files.isSymbolicLink(path)) {
          problems.add(name + " is a link");
        } else if (!files.containsKey(name)) {
          problems.add(name + " was added");
        } else if (!files.get(name).equals(LockInputs.sha256(Files.readAllBytes(path)))) {
          problems.add(name + " was changed");
        }
      }
    } catch (IOException e) {
      throw invalid(directory, "its files cannot be read: " + e.getMessage());
    }
    files.keySet().stream()
        .filter(name -> !present.contains(name))
        .forEach(name -> problems.add(name + " is missing"));
    if (!problems.isEmpty()) {
      throw invalid(
          directory,
          "its files do not match their hashes: "
              + String.join("; ", problems)
              + ". Restore them (git checkout), or re-solve with -D"
              + Setting.REFRESH.property()
              + "=true");
    }
  }

  private static SortedMap<String, String> strings(JsonNode object) {
    SortedMap<String, String> map = new TreeMap<>();
    object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
    return map;
  }

  private static ConfigurationException invalid(Path directory, String problem) {
    return new ConfigurationException(
        Setting.LOCK, "The solution lock in " + directory + " cannot be used: " + problem + ".");
  }
}
