package dev.azlon.generate;

import dev.azlon.workspace.FileChanges;
import java.util.List;

/**
 * Checks the files an answer proposes before anything is written. Problems count as an unusable
 * answer: the model is asked once more, quoting them.
 */
@FunctionalInterface
public interface AnswerCheck {

  AnswerCheck NONE = changes -> List.of();

  List<String> problems(FileChanges changes);
}
