package dev.azlon.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DockerfilePolicyTest {

  private final DockerfilePolicy policy = DockerfilePolicy.allowing(List.of("python:3.12-slim"));

  @Test
  void allowsTheConfiguredImageAndItsOwnStages() {
    String dockerfile =
        String.join(
            "\n",
            "# build it",
            "FROM python:3.12-slim AS build",
            "RUN pip install \\",
            "    --no-cache-dir requests",
            "FROM build",
            "COPY --from=build /app /app",
            "COPY --from=0 /x /x",
            "WORKDIR /app",
            "CMD [\"python3\", \"main.py\"]");

    assertThat(policy.problems(dockerfile)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM ubuntu:22.04\nCMD true",
        "FROM python:3.12-slim\nFROM alpine\nCMD true",
        "ARG IMAGE=python:3.12-slim\nFROM ${IMAGE}\nCMD true",
        "# syntax=docker/dockerfile:1\nFROM python:3.12-slim",
        "FROM python:3.12-slim\nRUN --network=host curl http://example.test",
        "FROM python:3.12-slim\nRUN --security=insecure true",
        "FROM python:3.12-slim\nRUN --mount=type=secret,id=key cat /run/secrets/key",
        "FROM python:3.12-slim\nRUN --mount=type=ssh git clone x",
        "FROM python:3.12-slim\nWORKDIR /proc/self",
        "FROM python:3.12-slim\nWORKDIR //proc",
        "FROM python:3.12-slim\nCOPY --from=alpine:3 /bin/sh /sh",
        "RUN true\nFROM python:3.12-slim",
        "CMD true",
        ""
      })
  void refusesWhatEscapesTheRules(String dockerfile) {
    assertThat(policy.problems(dockerfile)).isNotEmpty();
  }

  @Test
  void refusalNamesTheImageAndWhatIsAllowed() {
    assertThat(policy.problems("FROM ubuntu:22.04\n"))
        .singleElement()
        .asString()
        .contains("ubuntu:22.04")
        .contains("use python:3.12-slim");
  }

  @Test
  void patternsAndTheWildcardWiden() {
    assertThat(DockerfilePolicy.allowing(List.of("python:3.*")).problems("FROM python:3.11\n"))
        .isEmpty();
    assertThat(DockerfilePolicy.allowing(List.of("python:3.*")).problems("FROM python:2.7\n"))
        .isNotEmpty();
    assertThat(DockerfilePolicy.allowing(List.of("*")).problems("FROM anything/at:all\n"))
        .isEmpty();
  }
}
