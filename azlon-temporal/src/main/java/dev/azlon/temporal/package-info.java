/** Solves as durable Temporal workflows, with workers on as many Docker hosts as a team has. */
package dev.azlon.temporal;
