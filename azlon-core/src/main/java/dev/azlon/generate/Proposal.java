package dev.azlon.generate;

import dev.azlon.workspace.FileChanges;

/** Files the model proposes. */
public record Proposal(FileChanges changes) {}
