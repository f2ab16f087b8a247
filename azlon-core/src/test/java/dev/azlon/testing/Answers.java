package dev.azlon.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Model answers in the shapes our schemas ask for. */
public final class Answers {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Answers() {}

  /** A candidate whose Dockerfile runs {@code main.py} on the given base image. */
  public static String pythonCandidate(String baseImage, String mainPy) {
    ObjectNode answer = JSON.createObjectNode();
    answer.put("dockerfile", pythonDockerfile(baseImage));
    addFile(answer.putArray("files"), "main.py", mainPy);
    return answer.toString();
  }

  public static String pythonDockerfile(String baseImage) {
    return "FROM " + baseImage + "\nCOPY . /app\nWORKDIR /app\nCMD [\"python3\", \"main.py\"]\n";
  }

  /** A candidate with arbitrary file names, for tests of what we refuse. */
  public static String candidate(String dockerfile, String... namesAndContents) {
    ObjectNode answer = JSON.createObjectNode();
    answer.put("dockerfile", dockerfile);
    ArrayNode files = answer.putArray("files");
    for (int i = 0; i < namesAndContents.length; i += 2) {
      addFile(files, namesAndContents[i], namesAndContents[i + 1]);
    }
    return answer.toString();
  }

  /** A review; with no files, {@code files} is null (keep everything). */
  public static String review(boolean result, String reason, String... namesAndContents) {
    ObjectNode answer = JSON.createObjectNode();
    answer.put("result", result).put("reason", reason).putNull("dockerfile");
    if (namesAndContents.length == 0) {
      answer.putNull("files");
    } else {
      ArrayNode files = answer.putArray("files");
      for (int i = 0; i < namesAndContents.length; i += 2) {
        addFile(files, namesAndContents[i], namesAndContents[i + 1]);
      }
    }
    return answer.toString();
  }

  /** A candidate that changes nothing and asks to see files in full first. */
  public static String needFiles(String... names) {
    ObjectNode answer = JSON.createObjectNode();
    answer.put("dockerfile", "");
    answer.putArray("files");
    answer.putArray("deletions");
    ArrayNode needed = answer.putArray("needFiles");
    for (String name : names) {
      needed.add(name);
    }
    return answer.toString();
  }

  private static void addFile(ArrayNode files, String name, String content) {
    files.addObject().put("filename", name).put("content", content);
  }
}
