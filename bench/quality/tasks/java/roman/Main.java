public final class Main {
  public static void main(String[] args) {
    System.out.println(Roman.toRoman(1994));
    System.out.println(Roman.toRoman(2024));
  }
}
