package dev.azlon.temporal;

import dev.azlon.event.SolveEvent;
import dev.azlon.remote.RemoteOptions;
import dev.azlon.remote.StopWhileFollowing;
import dev.azlon.sandbox.SandboxLimits;
import dev.azlon.solve.SolveResult;
import dev.azlon.solve.SolveSpec;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What {@code azlon:solve} does with {@code temporalTarget}, in a JVM of its own that a test can
 * stop as Ctrl-C stops a build: submits a spec, follows it with the same stop-while-following hook,
 * and prints what it sees. Arguments: port, task queue, cancelOnInterrupt, output folder.
 */
public final class FollowMain {

  private FollowMain() {}

  public static void main(String[] args) {
    RemoteOptions options =
        new RemoteOptions(
            "localhost:" + args[0], "default", args[1], "ctrl-c", Boolean.parseBoolean(args[2]));
    TemporalRemoteSolver remote = new TemporalRemoteSolver();
    String id =
        remote
            .submit(
                "greet",
                new SolveSpec("Greet Azlon.", "Prints Hello, Azlon", 3, "base"),
                SandboxLimits.defaults(),
                options)
            .id();
    System.out.println("Following " + id);
    try (StopWhileFollowing stop =
        StopWhileFollowing.install(
            remote,
            "the remote solve " + id,
            id,
            options,
            "Submit the same spec again",
            message -> System.out.println("[azlon] " + asThePluginSaysIt(message)))) {
      SolveResult result =
          remote.follow(
              id,
              options,
              event -> {
                if (event instanceof SolveEvent.Message message) {
                  System.out.println(message.text());
                }
              },
              Path.of(args[3]));
      System.out.println("Ended " + result.outcome());
    }
  }

  /** The core names Temporal's settings as {@code `@temporalRun`}; the plugin by property. */
  private static String asThePluginSaysIt(String text) {
    return Pattern.compile("`@temporal([A-Z])(\\w*)(=[^`]*)?`")
        .matcher(text)
        .replaceAll(
            mention ->
                "azlon.temporal."
                    + mention.group(1).toLowerCase(Locale.ROOT)
                    + mention.group(2)
                    + (mention.group(3) == null ? "" : mention.group(3)));
  }
}
