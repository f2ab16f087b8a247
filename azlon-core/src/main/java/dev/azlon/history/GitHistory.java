package dev.azlon.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

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
      throw new IllegalStateException("Could not start a git repository in " + directory, e);
    }
  }

  /**
   * Records the work tree as it is now, deletions included.
   *
   * @return the new commit's id
   */
  public String commit(String message) {
    try {
      git.add().addFilepattern(".").call();
      git.add().addFilepattern(".").setUpdate(true).call();
      RevCommit commit =
          git.commit()
              .setMessage(message)
              .setAuthor(AZLON)
              .setCommitter(AZLON)
              .setAllowEmpty(true)
              .setSign(false)
              .call();
      return commit.getName();
    } catch (GitAPIException e) {
      throw new IllegalStateException("Could not record the iteration in git: " + e.getMessage(), e);
    }
  }

  /** Commit messages, newest first. */
  public List<String> messages() {
    try {
      List<String> messages = new ArrayList<>();
      for (RevCommit commit : git.log().call()) {
        messages.add(commit.getFullMessage());
      }
      return messages;
    } catch (GitAPIException e) {
      throw new IllegalStateException("Could not read the run's history", e);
    }
  }

  @Override
  public void close() {
    git.close();
  }
}
