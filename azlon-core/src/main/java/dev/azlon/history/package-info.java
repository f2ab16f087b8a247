/** Internal. A run's workspace as a git history, through JGit. */
package dev.azlon.history;
