package dev.azlon.generate;

import dev.azlon.workspace.FileChanges;

/**
 * The model's judgment of a run.
 *
 * @param result whether the model finds the test conditions met
 * @param reason why, in its words
 * @param changes replacement files when it does not; may be empty
 * @param answer the answer as the model gave it (JSON), for the reports
 */
public record Review(boolean result, String reason, FileChanges changes, String answer) {}
