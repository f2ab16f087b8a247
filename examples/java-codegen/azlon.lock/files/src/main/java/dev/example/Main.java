package dev.example;

public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.out.println(Slugs.slug("Hello, Azlon World!"));
  }
}
