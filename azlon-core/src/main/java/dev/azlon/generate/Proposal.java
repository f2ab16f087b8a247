package dev.azlon.generate;

import dev.azlon.workspace.FileChanges;

/** Files the model proposes, and what asking cost. */
public record Proposal(FileChanges changes, long tokens) {}
