package dev.azlon.sandbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;

/**
 * Which process made a container or image: host, pid and the process's start time, so a pid the
 * system reused for another process does not count as the owner still being alive.
 */
record Owner(String host, long pid, long startMillis) {

  static final String LABEL = "dev.azlon.owner";

  static Owner current() {
    ProcessHandle self = ProcessHandle.current();
    return new Owner(hostName(), self.pid(), startMillis(self));
  }

  static Optional<Owner> parse(String label) {
    if (label == null) {
      return Optional.empty();
    }
    String[] parts = label.split("/");
    try {
      return parts.length == 3
          ? Optional.of(new Owner(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2])))
          : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  String label() {
    return host + "/" + pid + "/" + startMillis;
  }

  /** True only when this owner ran on {@code here}'s host and has ended; otherwise unknown. */
  boolean isGoneFrom(Owner here) {
    if (!host.equals(here.host)) {
      return false;
    }
    return ProcessHandle.of(pid).map(p -> startMillis(p) != startMillis).orElse(true);
  }

  private static long startMillis(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName().replace('/', '_');
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
