/**
 * API. A run's files: the rules a file name must obey, the starting files as a solve copies them,
 * and their encodings.
 */
package dev.azlon.workspace;
