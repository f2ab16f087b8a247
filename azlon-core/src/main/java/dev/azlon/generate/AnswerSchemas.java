package dev.azlon.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

/**
 * The JSON schemas the model's answers must follow. They are strict (OpenAI structured outputs):
 * every property is required and a missing value is spelled {@code null}.
 */
final class AnswerSchemas {

  /** A complete candidate: a Dockerfile and the files to write. */
  static final JsonSchema CANDIDATE =
      JsonSchema.builder()
          .name("candidate")
          .rootElement(
              JsonObjectSchema.builder()
                  .addProperty("dockerfile", text("The complete Dockerfile."))
                  .addProperty(
                      "files",
                      files(
                          "New files, and files most of whose text changes, each complete. Files"
                              + " not listed stay as they are."))
                  .addProperty("edits", edits())
                  .addProperty(
                      "deletions", deletions("Paths of files to delete; empty to delete none."))
                  .addProperty("needFiles", needFiles())
                  .required("dockerfile", "files", "edits", "deletions", "needFiles")
                  .additionalProperties(false)
                  .build())
          .build();

  /** A judgment of a run, with replacement files when it falls short. */
  static final JsonSchema REVIEW =
      JsonSchema.builder()
          .name("review")
          .rootElement(
              JsonObjectSchema.builder()
                  .addProperty(
                      "result",
                      JsonBooleanSchema.builder()
                          .description(
                              "True only if every check passed and the run meets every test"
                                  + " condition.")
                          .build())
                  .addProperty(
                      "reason",
                      text(
                          "Why, in one or two sentences: what meets the conditions, or what falls"
                              + " short."))
                  .addProperty(
                      "dockerfile",
                      nullable(
                          text(
                              "Null when result is true. Otherwise the complete new Dockerfile,"
                                  + " or null to keep it.")))
                  .addProperty(
                      "files",
                      nullable(
                          files(
                              "Null when result is true. Otherwise the corrected files, each"
                                  + " complete (files not listed stay as they are), or null to be"
                                  + " asked for the fix with the project's files shown.")))
                  .addProperty("edits", edits())
                  .addProperty(
                      "deletions",
                      nullable(
                          deletions(
                              "Null when result is true or nothing is to be deleted; otherwise"
                                  + " the paths of files to delete.")))
                  .addProperty("needFiles", needFiles())
                  .required(
                      "result", "reason", "dockerfile", "files", "edits", "deletions", "needFiles")
                  .additionalProperties(false)
                  .build())
          .build();

  private static final ObjectMapper JSON = new ObjectMapper();

  private AnswerSchemas() {}

  /**
   * The schema as JSON Schema text, for servers that take no schema and read it in the prompt.
   * Rendered here from langchain4j's public schema types, for the ones these schemas use.
   */
  static String text(JsonSchema schema) {
    return render(schema.rootElement()).toString();
  }

  private static ObjectNode render(JsonSchemaElement element) {
    ObjectNode node = JSON.createObjectNode();
    if (element instanceof JsonObjectSchema object) {
      node.put("type", "object");
      describe(node, object.description());
      ObjectNode properties = node.putObject("properties");
      object.properties().forEach((name, property) -> properties.set(name, render(property)));
      ArrayNode required = node.putArray("required");
      object.required().forEach(required::add);
      node.put("additionalProperties", Boolean.TRUE.equals(object.additionalProperties()));
    } else if (element instanceof JsonArraySchema array) {
      node.put("type", "array");
      describe(node, array.description());
      node.set("items", render(array.items()));
    } else if (element instanceof JsonAnyOfSchema anyOf) {
      describe(node, anyOf.description());
      ArrayNode options = node.putArray("anyOf");
      anyOf.anyOf().forEach(option -> options.add(render(option)));
    } else if (element instanceof JsonStringSchema string) {
      node.put("type", "string");
      describe(node, string.description());
    } else if (element instanceof JsonBooleanSchema bool) {
      node.put("type", "boolean");
      describe(node, bool.description());
    } else if (element instanceof JsonNullSchema) {
      node.put("type", "null");
    } else {
      throw new IllegalStateException("No rendering for " + element.getClass().getSimpleName());
    }
    return node;
  }

  private static void describe(ObjectNode node, String description) {
    if (description != null) {
      node.put("description", description);
    }
  }

  private static JsonSchemaElement files(String description) {
    return JsonArraySchema.builder()
        .description(description)
        .items(
            JsonObjectSchema.builder()
                .addProperty("filename", text("Path relative to the project root, with '/'."))
                .addProperty("content", text("The file's complete text."))
                .required("filename", "content")
                .additionalProperties(false)
                .build())
        .build();
  }

  private static JsonSchemaElement edits() {
    return nullable(
        JsonArraySchema.builder()
            .description(
                "Changes to existing files, each replacing one exact excerpt: the way to change"
                    + " part of a file. Null or empty when none.")
            .items(
                JsonObjectSchema.builder()
                    .addProperty("filename", text("An existing file, as named above."))
                    .addProperty(
                        "search",
                        text(
                            "An exact excerpt of the file as shown, whitespace included, found"
                                + " exactly once in it: a few whole lines around the change."))
                    .addProperty("replace", text("The excerpt's new text."))
                    .required("filename", "search", "replace")
                    .additionalProperties(false)
                    .build())
            .build());
  }

  private static JsonSchemaElement deletions(String description) {
    return JsonArraySchema.builder()
        .description(description)
        .items(JsonStringSchema.builder().build())
        .build();
  }

  private static JsonSchemaElement needFiles() {
    return nullable(
        JsonArraySchema.builder()
            .description(
                "Files you must see in full before you can answer (ones shown only in outline or"
                    + " by name): list them and give no files; you will be asked again with them"
                    + " shown. Null or empty when you answer.")
            .items(JsonStringSchema.builder().build())
            .build());
  }

  private static JsonSchemaElement text(String description) {
    return JsonStringSchema.builder().description(description).build();
  }

  private static JsonSchemaElement nullable(JsonSchemaElement element) {
    return JsonAnyOfSchema.builder().anyOf(element, new JsonNullSchema()).build();
  }
}
