/**
 * API. Where candidates are built and run: the {@link dev.azlon.sandbox.Sandbox} port, its limits,
 * and {@link dev.azlon.sandbox.DockerSandbox}. Classes that are not public are its Docker
 * internals.
 */
package dev.azlon.sandbox;
