package dev.azlon.remote;

import dev.azlon.Setting;
import java.util.function.Consumer;

/**
 * What stopping this JVM (Ctrl-C) while following remote work does: the work goes on where it runs
 * unless the options ask to cancel it, and the user is told which, and how to follow it again.
 * Closed once the following ends, it does nothing more.
 */
public final class StopWhileFollowing implements AutoCloseable {

  private final Thread hook;

  private StopWhileFollowing(Thread hook) {
    this.hook = hook;
  }

  /**
   * @param what the remote work as the user knows it, such as {@code the remote solve <id>}
   * @param id what {@link RemoteSolver#cancel} cancels
   * @param followAgain how to follow it again, such as {@code Submit the same spec again}
   * @param say where the message goes (stderr: a build's log may already be closed)
   */
  public static StopWhileFollowing install(
      RemoteSolver remote,
      String what,
      String id,
      RemoteOptions options,
      String followAgain,
      Consumer<String> say) {
    Thread hook =
        new Thread(
            () -> {
              if (options.cancelOnInterrupt()) {
                remote.cancel(id, options);
                say.accept("Stopped; " + what + " was cancelled.");
              } else {
                say.accept(
                    "Stopped following; "
                        + what
                        + " goes on. "
                        + followAgain
                        + " with the same "
                        + Setting.TEMPORAL_RUN.named()
                        + " to follow it, or set "
                        + Setting.TEMPORAL_CANCEL_ON_INTERRUPT.named("true")
                        + " to cancel on Ctrl-C.");
              }
            },
            "azlon-remote-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    return new StopWhileFollowing(hook);
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook runs: the JVM is stopping.
    }
  }
}
