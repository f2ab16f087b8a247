package dev.azlon.remote;

import dev.azlon.event.SolveListener;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Solves somewhere else: on workers of a distributed engine, found through {@link ServiceLoader} so
 * the plugin and the core know no engine (the {@code azlon-temporal} module provides one).
 */
public interface RemoteSolver {

  /** The engine's name, as a message names it: {@code Temporal}. */
  String engine();

  /**
   * Submits a spec, its starting files included. A spec going under the same run is not submitted
   * twice, nor one solved under it: following either costs no model call.
   */
  RemoteSubmission submit(String name, SolveSpec spec, SandboxLimits limits, RemoteOptions options);

  /**
   * Follows a remote solve to its end, reporting its progress as solve events, and writes its run
   * folder (reports and final files) under {@code outputDirectory}, as a local solve would.
   * Interrupted, it cancels the remote solve only if the options say so, and ends as {@link
   * Outcome#INTERRUPTED} with the id to follow it again.
   */
  SolveResult follow(
      String id, RemoteOptions options, SolveListener listener, Path outputDirectory);

  /** Asks the engine to cancel a remote solve; its worker records the interruption. */
  void cancel(String id, RemoteOptions options);

  /** The remote solver the class loader offers, if any. */
  static Optional<RemoteSolver> find(ClassLoader loader) {
    return ServiceLoader.load(RemoteSolver.class, loader).findFirst();
  }
}
