package dev.azlon.lock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.azlon.ConfigurationException;
import dev.azlon.InfrastructureException;
import dev.azlon.Setting;
import dev.azlon.host.DataFiles;
import dev.azlon.host.ProjectBoundary;
import dev.azlon.host.ProjectDirectory;
import dev.azlon.workspace.FileNames;
import dev.azlon.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
   * The lock in {@code directory}, checked as the lock folder of its own project (see {@link
   * #read(Path, ProjectBoundary)}).
   */
  public static Optional<SolutionLock> read(Path directory) {
    return read(directory, ownProject(directory));
  }

  /**
   * The lock in {@code directory}, checked as a model's answer is: the folder and its path inside
   * the project are real folders, not links; {@code lock.json} is a regular file of bounded size
   * (its text is never quoted in an error); every locked name passes the rules a model's file names
   * obey, within their caps; every file matches its hash.
   *
   * @return empty when there is no lock there
   * @throws ConfigurationException when the lock is from a newer Azlon, lacks its files, breaks a
   *     rule, or a file was changed, added or removed by hand; never silently re-solved or used
   */
  public static Optional<SolutionLock> read(Path directory, ProjectBoundary project) {
    refuseLinks(directory, project, "used");
    Path file = directory.resolve(FILE);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    if (Files.isSymbolicLink(file)) {
      throw invalid(directory, "lock.json is a link; a lock holds its own files, never a link");
    }
    JsonNode json;
    try {
      json = JSON.readTree(DataFiles.readBytes(file, DataFiles.LOCK_MAX_BYTES));
    } catch (JsonProcessingException e) {
      // Jackson quotes what it read; a lock.json planted as a link to a secret must not be shown.
      throw invalid(
          directory,
          "lock.json is not valid JSON"
              + (e.getLocation() == null
                  ? ""
                  : " (line "
                      + e.getLocation().getLineNr()
                      + ", column "
                      + e.getLocation().getColumnNr()
                      + ")"));
    } catch (IOException e) {
      throw invalid(
          directory,
          "lock.json "
              + (e instanceof DataFiles.RefusedException ? e.getMessage() : "cannot be read"));
    }
    if (json == null || !json.isObject()) {
      throw invalid(directory, "lock.json is not a lock Azlon wrote");
    }
    int version = json.path("lockVersion").asInt(-1);
    if (version > VERSION) {
      throw invalid(
          directory,
          "it was written by a newer Azlon (lock format "
              + version
              + "; this one reads "
              + VERSION
              + "). Use that Azlon, or re-solve with "
              + Setting.REFRESH.mention("true"));
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
    lock.checkNames();
    lock.checkFiles();
    return Optional.of(lock);
  }

  /**
   * Locks {@code solution} in a lock folder of its own project (see {@link #write(Path,
   * ProjectBoundary, SortedMap, Workspace, String, Instant, Map)}).
   */
  public static SolutionLock write(
      Path directory,
      SortedMap<String, String> inputs,
      Workspace solution,
      String runId,
      Instant lockedAt) {
    return write(directory, ownProject(directory), inputs, solution, runId, lockedAt, Map.of());
  }

  /** As {@link #write(Path, SortedMap, Workspace, String, Instant)}, recording the environment. */
  public static SolutionLock write(
      Path directory,
      SortedMap<String, String> inputs,
      Workspace solution,
      String runId,
      Instant lockedAt,
      Map<String, String> environment) {
    return write(directory, ownProject(directory), inputs, solution, runId, lockedAt, environment);
  }

  /**
   * Locks {@code solution}: the new lock is written into a folder beside the old one, then put in
   * its place, so a reader sees the old lock or the new one, never half of each. Nothing is written
   * or deleted outside the lock's own folder (and the one beside it it is made in): the folder and
   * its path inside the project may not be links, nor may the old lock's parts.
   *
   * @param environment what the solution was checked on, for the record
   */
  public static SolutionLock write(
      Path directory,
      ProjectBoundary project,
      SortedMap<String, String> inputs,
      Workspace solution,
      String runId,
      Instant lockedAt,
      Map<String, String> environment) {
    refuseLinks(directory, project, "written");
    for (String name : List.of(FILE, FILES)) {
      if (Files.isSymbolicLink(directory.resolve(name))) {
        throw invalid(directory, "it cannot be written: its " + name + " is a link");
      }
    }
    Path parent = directory.toAbsolutePath().normalize().getParent();
    String name = directory.getFileName().toString();
    Path fresh = null;
    try {
      Files.createDirectories(parent);
      fresh = Files.createTempDirectory(parent, "." + name + ".new-");
      SolutionLock lock = writeInto(fresh, inputs, solution, runId, lockedAt, environment);
      swap(fresh, directory.toAbsolutePath().normalize());
      fresh = null;
      return new SolutionLock(
          directory,
          lock.fingerprint(),
          lock.inputs(),
          lock.files(),
          runId,
          lock.lockedAt(),
          lock.environment());
    } catch (IOException e) {
      throw new InfrastructureException(
          "Could not write the solution lock in " + directory + ": " + e.getMessage(), e);
    } finally {
      if (fresh != null) {
        try {
          ProjectDirectory.deleteTree(fresh);
        } catch (IOException ignored) {
          // A half-written lock beside the real one is never read: its name starts with a dot.
        }
      }
    }
  }

  /** The lock's files and lock.json, written into a fresh folder. */
  private static SolutionLock writeInto(
      Path folder,
      SortedMap<String, String> inputs,
      Workspace solution,
      String runId,
      Instant lockedAt,
      Map<String, String> environment)
      throws IOException {
    ProjectDirectory target = new ProjectDirectory(Files.createDirectories(folder.resolve(FILES)));
    SortedMap<String, String> hashes = new TreeMap<>();
    for (String name : solution.files()) {
      byte[] content = Files.readAllBytes(solution.root().resolve(name));
      target.write(name, content);
      hashes.put(name, LockInputs.sha256(content));
    }
    SolutionLock lock =
        new SolutionLock(
            folder,
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
    new ProjectDirectory(folder)
        .write(
            FILE,
            (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n")
                .getBytes(StandardCharsets.UTF_8));
    return lock;
  }

  /** Puts {@code fresh} where {@code directory} is: the old one moved aside, then removed. */
  private static void swap(Path fresh, Path directory) throws IOException {
    if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(fresh, directory, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old =
        directory.resolveSibling(
            "." + directory.getFileName() + ".old-" + Long.toHexString(System.nanoTime()));
    Files.move(directory, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(fresh, directory, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(old, directory, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    ProjectDirectory.deleteTree(old);
  }

  /** The lock folder and every folder above it in the project are real folders, not links. */
  private static void refuseLinks(Path directory, ProjectBoundary project, String what) {
    project
        .linkOnTheWay(directory)
        .ifPresent(
            link -> {
              throw invalid(
                  directory,
                  "it cannot be "
                      + what
                      + ": "
                      + link
                      + " is a link, and a lock's folder and its path in the project must be real"
                      + " folders (a link would have Azlon read or write elsewhere)");
            });
  }

  /** For a lock folder given alone: its parent stands for the project. */
  private static ProjectBoundary ownProject(Path directory) {
    Path parent = directory.toAbsolutePath().normalize().getParent();
    return ProjectBoundary.of(parent == null ? directory : parent, List.of());
  }

  /** Every locked name obeys the rules a model's file names obey, within their caps. */
  private void checkNames() {
    List<String> problems = new ArrayList<>();
    for (String name : files.keySet()) {
      String problem = FileNames.problemWith(name);
      if (problem != null) {
        problems.add(FileNames.describe(name) + ": " + problem);
      }
    }
    if (files.size() > FileNames.MAX_FILES) {
      problems.add(files.size() + " files, over the limit of " + FileNames.MAX_FILES);
    }
    if (!problems.isEmpty()) {
      throw invalid(
          directory,
          "it names files a model's answer could not: "
              + String.join("; ", problems)
              + ". Re-solve with "
              + Setting.REFRESH.mention("true"));
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
    long total = 0;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path :
          walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        String name = root.relativize(path).toString().replace('\\', '/');
        present.add(name);
        String shown = FileNames.printable(name);
        if (Files.isSymbolicLink(path)) {
          problems.add(shown + " is a link");
        } else if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
          problems.add(shown + " is not a regular file");
        } else if (!files.containsKey(name)) {
          problems.add(shown + " was added");
        } else if (Files.size(path) > FileNames.MAX_FILE_BYTES
            || (total += Files.size(path)) > FileNames.MAX_TOTAL_BYTES) {
          problems.add(shown + " is over the size a model's answer may have");
        } else if (!files.get(name).equals(LockInputs.sha256(Files.readAllBytes(path)))) {
          problems.add(shown + " was changed");
        }
      }
    } catch (IOException e) {
      throw invalid(directory, "its files cannot be read: " + e.getMessage());
    }
    files.keySet().stream()
        .filter(name -> !present.contains(name))
        .forEach(name -> problems.add(FileNames.printable(name) + " is missing"));
    if (!problems.isEmpty()) {
      throw invalid(
          directory,
          "its files do not match their hashes: "
              + String.join("; ", problems)
              + ". Restore them (git checkout), or re-solve with "
              + Setting.REFRESH.mention("true"));
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
