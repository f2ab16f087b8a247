/** Roman numerals. */
public final class Roman {

  private static final int[] VALUES = {1000, 500, 100, 50, 10, 5, 1};
  private static final String[] SYMBOLS = {"M", "D", "C", "L", "X", "V", "I"};

  private Roman() {}

  /** {@code number} in Roman numerals. */
  public static String toRoman(int number) {
    StringBuilder roman = new StringBuilder();
    int rest = number;
    for (int i = 0; i < VALUES.length; i++) {
      while (rest >= VALUES[i]) {
        roman.append(SYMBOLS[i]);
        rest -= VALUES[i];
      }
    }
    return roman.toString();
  }
}
