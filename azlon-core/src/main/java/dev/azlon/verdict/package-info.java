/**
 * API. Machine checks and the verdict of an iteration: the checks decide, the judge can only
 * withhold.
 */
package dev.azlon.verdict;
