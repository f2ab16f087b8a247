package dev.azlon.generate;

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
                  .addProperty("files", files())
                  .addProperty("deletions", deletions())
                  .required("dockerfile", "files", "deletions")
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
                          .description("True only if the output meets every test condition.")
                          .build())
                  .addProperty("reason", text("Why, in one or two sentences."))
                  .addProperty(
                      "dockerfile",
                      nullable(text("The complete new Dockerfile, or null to keep it.")))
                  .addProperty("files", nullable(files()))
                  .addProperty("deletions", nullable(deletions()))
                  .required("result", "reason", "dockerfile", "files", "deletions")
                  .additionalProperties(false)
                  .build())
          .build();

  private AnswerSchemas() {}

  private static JsonSchemaElement files() {
    return JsonArraySchema.builder()
        .description("Files to write, each complete. Files not listed stay as they are.")
        .items(
            JsonObjectSchema.builder()
                .addProperty("filename", text("Path relative to the project root, with '/'."))
                .addProperty("content", text("The file's complete text."))
                .required("filename", "content")
                .additionalProperties(false)
                .build())
        .build();
  }

  private static JsonSchemaElement deletions() {
    return JsonArraySchema.builder()
        .description("Paths of files to delete; empty to delete none.")
        .items(JsonStringSchema.builder().build())
        .build();
  }

  private static JsonSchemaElement text(String description) {
    return JsonStringSchema.builder().description(description).build();
  }

  private static JsonSchemaElement nullable(JsonSchemaElement element) {
    return JsonAnyOfSchema.builder().anyOf(element, new JsonNullSchema()).build();
  }
}
