package dev.azlon.history;

import dev.azlon.InfrastructureException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.RmCommand;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;

/** A run's history: a git repository in the workspace, one commit per iteration. */
public final class GitHistory implements AutoCloseable {

  private static final PersonIdent AZLON = new PersonIdent("Azlon", "azlon@localhost");

  private final Git git;

  private GitHistory(Git git) {
    this.git = git;
  }

  /** Starts a new repository whose work tree is {@code directory}. */
  public static GitHistory init(Path directory) {
    try {
      return new GitHistory(
          Git.init().setDirectory(directory.toFile()).setInitialBranch("main").call());
    } catch (GitAPIException e) {
      throw new InfrastructureException(
          "Could not start a git repository in " + directory + ": " + e.getMessage(), e);
    }
  }

  /**
   * Stages the work tree as it is now, deletions included.
   *
   * @return what the staged files change against the last commit (everything, before the first)
   */
  public List<FileDiff> stage() {
    Repository repository = git.getRepository();
    try (RevWalk walk = new RevWalk(repository)) {
      stageChanges();
      ObjectId head = repository.resolve(Constants.HEAD);
      AbstractTreeIterator before =
          head == null ? new EmptyTreeIterator() : treeOf(repository, walk.parseCommit(head));
      return changes(before, new DirCacheIterator(repository.readDirCache()));
    } catch (GitAPIException e) {
      throw new InfrastructureException(
          "Could not stage the work tree in git: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not diff the work tree against the last commit", e);
    }
  }

  /**
   * Commits what {@link #stage} staged.
   *
   * @return the new commit's id
   */
  public String commit(String message) {
    try {
      RevCommit commit =
          git.commit()
              .setMessage(message)
              .setAuthor(AZLON)
              .setCommitter(AZLON)
              .setAllowEmpty(true)
              .setSign(false)
              .setNoVerify(true)
              .call();
      return commit.getName();
    } catch (GitAPIException e) {
      throw new InfrastructureException(
          "Could not record the iteration in git: " + e.getMessage(), e);
    }
  }

  /**
   * Stages what differs from the index. JGit's {@code add .} hashes every file again; status
   * compares file stats first, so only new, changed and deleted files are read.
   */
  private void stageChanges() throws GitAPIException {
    Status status = git.status().call();
    Set<String> written = new TreeSet<>(status.getModified());
    written.addAll(status.getUntracked());
    if (!written.isEmpty()) {
      git.add().addFilepatterns(written).call();
    }
    if (!status.getMissing().isEmpty()) {
      RmCommand remove = git.rm().setCached(true);
      status.getMissing().forEach(remove::addFilepattern);
      remove.call();
    }
  }

  /** How a change touched a file. */
  public enum Touch {
    ADDED,
    CHANGED,
    DELETED
  }

  /**
   * One file's part of a change: its path (the old one, for a deletion), how it was touched, and
   * its unified diff.
   */
  public record FileDiff(String path, Touch touch, String patch) {}

  private List<FileDiff> changes(AbstractTreeIterator before, AbstractTreeIterator after)
      throws IOException {
    Repository repository = git.getRepository();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream();
        DiffFormatter formatter = new DiffFormatter(out)) {
      formatter.setRepository(repository);
      List<FileDiff> changes = new ArrayList<>();
      for (DiffEntry entry : formatter.scan(before, after)) {
        out.reset();
        formatter.format(entry);
        formatter.flush();
        String patch = out.toString(StandardCharsets.UTF_8);
        switch (entry.getChangeType()) {
          case ADD -> changes.add(new FileDiff(entry.getNewPath(), Touch.ADDED, patch));
          case DELETE -> changes.add(new FileDiff(entry.getOldPath(), Touch.DELETED, patch));
          default -> changes.add(new FileDiff(entry.getNewPath(), Touch.CHANGED, patch));
        }
      }
      return changes;
    }
  }

  /** The changes' patches as one unified diff, cut at {@code maxChars} with a note saying so. */
  public static String unified(List<FileDiff> changes, int maxChars) {
    String diff = changes.stream().map(FileDiff::patch).collect(Collectors.joining());
    return diff.length() <= maxChars
        ? diff
        : diff.substring(0, maxChars)
            + "\n[azlon: "
            + (diff.length() - maxChars)
            + " more characters of the diff not shown]\n";
  }

  private static AbstractTreeIterator treeOf(Repository repository, RevCommit commit)
      throws IOException {
    CanonicalTreeParser parser = new CanonicalTreeParser();
    try (ObjectReader reader = repository.newObjectReader()) {
      parser.reset(reader, commit.getTree().getId());
    }
    return parser;
  }

  /** Tags the last commit, e.g. {@code iteration-2}. */
  public void tag(String name) {
    try {
      git.tag().setName(name).setAnnotated(false).call();
    } catch (GitAPIException e) {
      throw new InfrastructureException("Could not tag the run's history with " + name, e);
    }
  }

  @Override
  public void close() {
    git.close();
  }
}
