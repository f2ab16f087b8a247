/**
 * API. Ports for solving on a distributed engine's workers (the azlon-temporal module provides one,
 * found through the service loader): submit, follow, cancel, and batches.
 */
package dev.azlon.remote;
