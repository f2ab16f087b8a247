package dev.azlon.bench;

import java.util.Map;
import java.util.TreeMap;

/** A made-up Python project of a given size: modules of 40 to 300 lines and a few data files. */
final class GeneratedProject {

  private GeneratedProject() {}

  static Map<String, String> of(int files) {
    Map<String, String> project = new TreeMap<>();
    project.put("main.py", "from pkg import module_0\n\nprint(module_0.Model0().method_0(1))\n");
    for (int i = 0; project.size() < files; i++) {
      if (i % 10 == 9) {
        project.put("data/accounts_" + i + ".csv", csv(i, 20 + (i * 13) % 200));
      } else {
        project.put("pkg/module_" + i + ".py", module(i, 40 + (i * 37) % 260));
      }
    }
    return project;
  }

  private static String module(int index, int lines) {
    StringBuilder text = new StringBuilder("import os\n\n\nclass Model" + index + ":\n");
    for (int i = 0; text.toString().lines().count() < lines; i++) {
      text.append("    def method_")
          .append(i)
          .append("(self, value):\n")
          .append("        total = value * ")
          .append(i)
          .append(" + len(os.sep)\n")
          .append("        return total // (value - ")
          .append(i)
          .append(")\n\n");
    }
    return text.toString();
  }

  static String csv(int index, int rows) {
    StringBuilder text = new StringBuilder("account,amount\n");
    for (int i = 0; i < rows; i++) {
      text.append("acct-")
          .append(index)
          .append('-')
          .append(i)
          .append(',')
          .append(i * 7 % 991)
          .append('\n');
    }
    return text.toString();
  }
}
