/**
 * API. The flow a build runs, from the options a front end (the Maven plugin) gathered: look at the
 * lock, solve (here, as a batch, or on remote workers), lock what was solved, apply it, write
 * generated sources, and write a batch's reports. It tells what it does through events and ends
 * with a {@link dev.azlon.job.JobResult}; it names settings, never a front end's flags.
 */
package dev.azlon.job;
