/**
 * Internal. A run's folder on disk: its id, state, records, reports as they are written, and
 * finding runs to resume.
 */
package dev.azlon.run;
