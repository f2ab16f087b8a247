package dev.azlon.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.azlon.sandbox.Excerpt;
import dev.azlon.verdict.Check;
import dev.azlon.verdict.CheckResult;

/** {@code summary.json}: the run for machines. The README documents every field. */
final class SummaryJson {

  /** Raised when a field changes meaning or goes; new fields do not raise it. */
  static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private SummaryJson() {}

  /** A check's result: what, whether, what instead, and a command's output and test count. */
  private static void check(ObjectNode node, CheckResult check) {
    node.put("check", check.check().describe())
        .put("passed", check.passed())
        .put("actual", check.actual());
    if (check.check() instanceof Check.Command) {
      node.put("output", check.output());
      check
          .testCount()
          .ifPresent(
              tests ->
                  node.putObject("tests")
                      .put("found", tests.found())
                      .put("passed", tests.passed())
                      .put("failed", tests.failed())
                      .put("skipped", tests.skipped()));
    }
  }

  static String render(RunReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION)
        .put("runId", report.runId())
        .put("prompt", report.prompt())
        .put("testConditions", report.testConditions())
        .put("outcome", report.outcome())
        .put("detail", report.detail())
        .put("startedAt", report.startedAt().toString())
        .put("durationMs", report.duration().toMillis())
        .put("model", report.model());
    ObjectNode usage =
        root.putObject("usage")
            .put("inputTokens", report.usage().inputTokens())
            .put("cachedInputTokens", report.usage().cachedInputTokens())
            .put("outputTokens", report.usage().outputTokens())
            .put("totalTokens", report.usage().totalTokens());
    report
        .usage()
        .costUsd()
        .ifPresentOrElse(
            cost -> usage.put("estimatedCostUsd", cost), () -> usage.putNull("estimatedCostUsd"));
    if (report.preflight() == null) {
      root.putNull("preflight");
    } else {
      root.putObject("preflight")
          .put("files", report.preflight().files())
          .put("buildMs", report.preflight().buildTime().toMillis())
          .put("runMs", report.preflight().runTime().toMillis())
          .put("outcome", report.preflight().outcome())
          .put("exitCode", report.preflight().exitCode());
    }
    root.set("parameters", JSON.valueToTree(report.parameters()));
    root.set("promptHashes", JSON.valueToTree(report.promptHashes()));
    ArrayNode iterations = root.putArray("iterations");
    for (IterationRecord record : report.iterations()) {
      ObjectNode iteration =
          iterations
              .addObject()
              .put("iteration", record.iteration())
              .put("solved", record.verdict().solved())
              .put("reason", record.verdict().reason())
              .put("judged", record.verdict().judged())
              .put("judgeAgreed", record.verdict().judgeAgreed())
              .put("outcome", record.outcome())
              .put("exitCode", record.exitCode())
              .put("buildMs", record.buildTime().toMillis())
              .put("runMs", record.runTime().toMillis())
              .put("durationMs", record.duration().toMillis())
              .put("tokens", record.tokens())
              .put("inputTokens", record.usage().inputTokens())
              .put("cachedInputTokens", record.usage().cachedInputTokens())
              .put("outputTokens", record.usage().outputTokens())
              .put("estimatedCostUsd", record.usage().costUsd().orElse(null))
              .put("judgeAnswer", record.judgeAnswer())
              .put("imageId", record.imageId())
              .put("commit", record.commit())
              .put("output", Excerpt.of(record.output() == null ? "" : record.output(), 4000));
      ArrayNode checks = iteration.putArray("checks");
      for (CheckResult check : record.verdict().checks()) {
        check(checks.addObject(), check);
      }
    }
    ArrayNode acceptance = root.putArray("acceptance");
    for (CheckResult check : report.acceptance()) {
      check(acceptance.addObject(), check);
    }
    root.putArray("files")
        .addAll(report.files().keySet().stream().map(JSON.getNodeFactory()::textNode).toList());
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not render summary.json", e);
    }
  }
}
