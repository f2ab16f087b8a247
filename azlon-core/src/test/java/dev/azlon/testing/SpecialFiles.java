package dev.azlon.testing;

import java.io.IOException;
import java.nio.file.Path;

/** Files that are not regular files, made as an attacker would plant them. */
public final class SpecialFiles {

  private SpecialFiles() {}

  /** A named pipe: opening it for reading blocks until a writer comes. */
  public static Path fifo(Path path) throws IOException, InterruptedException {
    Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    if (mkfifo.waitFor() != 0) {
      throw new IOException("mkfifo " + path + " failed");
    }
    return path;
  }
}
