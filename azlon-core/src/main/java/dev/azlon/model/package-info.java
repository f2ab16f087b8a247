/**
 * API. Model access: an OpenAI-compatible chat model over HTTP, a replay of a recorded transcript,
 * what a refusal or an unreachable server is, and how retries wait.
 */
package dev.azlon.model;
