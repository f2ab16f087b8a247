package dev.azlon.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Which process made a container or image: a hash of the host's name, the pid and the process's
 * start time, so a pid the system reused for another process does not count as the owner alive. Its
 * token ({@code 3f2a9c1b-48213-1764040628123}) fits a label and an image tag alike.
 */
record Owner(String host, long pid, long startMillis) {

  static final String LABEL = "dev.azlon.owner";

  static Owner current() {
    ProcessHandle self = ProcessHandle.current();
    return new Owner(hostName(), self.pid(), startMillis(self));
  }

  static Optional<Owner> parse(String token) {
    if (token == null) {
      return Optional.empty();
    }
    String[] parts = token.split("-");
    try {
      return parts.length == 3
          ? Optional.of(new Owner(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2])))
          : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  String token() {
    return host + "-" + pid + "-" + startMillis;
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
    String name;
    try {
      name = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      name = "unknown";
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}
