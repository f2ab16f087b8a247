package dev.azlon.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a files section in the order of the previous one, for the provider's prompt cache: a block
 * shown again exactly as before keeps its place; the others follow in the order given.
 */
final class PromptLayout {
  private Map<String, String> previous = new LinkedHashMap<>();

  List<String> arrange(Map<String, String> blocks) {
    Map<String, String> arranged = new LinkedHashMap<>();
    previous.forEach(
        (name, block) -> {
          if (block.equals(blocks.get(name))) {
            arranged.put(name, block);
          }
        });
    blocks.forEach(arranged::putIfAbsent);
    previous = arranged;
    return List.copyOf(arranged.values());
  }
}
