package dev.azlon.generate;

import dev.azlon.AzlonException;
import java.util.regex.Pattern;

/** The model could not be asked: network, authentication, quota, or a request it refused. */
public class ModelException extends AzlonException {

  private static final Pattern KEY_SHAPED = Pattern.compile("sk-[A-Za-z0-9_\\-*]{6,}");

  private final boolean retriable;

  public ModelException(String message, Throwable cause, boolean retriable) {
    super(redact(message), cause);
    this.retriable = retriable;
  }

  @Override
  public boolean isRetriable() {
    return retriable;
  }

  /** Replaces anything shaped like an API key, since servers quote keys back in their errors. */
  public static String redact(String text) {
    return text == null ? null : KEY_SHAPED.matcher(text).replaceAll("sk-***");
  }
}
