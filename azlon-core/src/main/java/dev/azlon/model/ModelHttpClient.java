package dev.azlon.model;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * langchain4j's HTTP client seam, on the JDK's client, keeping one thing the stock client drops:
 * the {@code Retry-After} of a refused request, so our retries wait as long as the server asks.
 */
public final class ModelHttpClient implements HttpClient {

  private final java.net.http.HttpClient client;
  private final Duration readTimeout;

  private ModelHttpClient(Duration connectTimeout, Duration readTimeout) {
    java.net.http.HttpClient.Builder builder = java.net.http.HttpClient.newBuilder();
    if (connectTimeout != null) {
      builder.connectTimeout(connectTimeout);
    }
    this.client = builder.build();
    this.readTimeout = readTimeout;
  }

  /** An HTTP error answer, with the server's {@code Retry-After} if it gave one. */
  public static final class RefusedException extends HttpException {
    private final transient Optional<Duration> retryAfter;

    RefusedException(int statusCode, String body, Optional<Duration> retryAfter) {
      super(statusCode, body);
      this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
      return retryAfter;
    }
  }

  @Override
  public SuccessfulHttpResponse execute(HttpRequest request) {
    java.net.http.HttpRequest.Builder http =
        java.net.http.HttpRequest.newBuilder()
            .uri(URI.create(request.url()))
            .method(
                request.method().name(),
                request.body() == null
                    ? java.net.http.HttpRequest.BodyPublishers.noBody()
                    : java.net.http.HttpRequest.BodyPublishers.ofString(request.body()));
    request.headers().forEach((name, values) -> values.forEach(value -> http.header(name, value)));
    if (readTimeout != null) {
      http.timeout(readTimeout);
    }
    HttpResponse<String> response;
    try {
      response = client.send(http.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the model server", e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new RefusedException(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Retry-After").flatMap(ModelHttpClient::parseRetryAfter));
    }
    return SuccessfulHttpResponse.builder()
        .statusCode(response.statusCode())
        .headers(response.headers().map())
        .body(response.body())
        .build();
  }

  @Override
  public void execute(
      HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
    throw new UnsupportedOperationException("Azlon does not stream model answers");
  }

  /** Seconds ({@code 20}) or an HTTP date; anything else is ignored. */
  static Optional<Duration> parseRetryAfter(String value) {
    String text = value.strip();
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(text))).filter(d -> !d.isNegative());
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder implements HttpClientBuilder {
    private Duration connectTimeout;
    private Duration readTimeout;

    @Override
    public Duration connectTimeout() {
      return connectTimeout;
    }

    @Override
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    @Override
    public Duration readTimeout() {
      return readTimeout;
    }

    @Override
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
      return this;
    }

    @Override
    public ModelHttpClient build() {
      return new ModelHttpClient(connectTimeout, readTimeout);
    }
  }
}
