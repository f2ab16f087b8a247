/**
 * API. Many specs solved at once, bounded and budgeted as a whole: {@link dev.azlon.batch.Batch},
 * its tasks and how each went.
 */
package dev.azlon.batch;
