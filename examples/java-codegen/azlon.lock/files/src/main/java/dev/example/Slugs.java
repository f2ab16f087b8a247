package dev.example;

import java.util.Locale;

/** URL parts from titles. */
public final class Slugs {

  private Slugs() {}

  /** Lower case; every run of characters other than a-z and 0-9 becomes one '-', none at the ends. */
  public static String slug(String title) {
    String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return slug.replaceAll("^-+|-+$", "");
  }
}
