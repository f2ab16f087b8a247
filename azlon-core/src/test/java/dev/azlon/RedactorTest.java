package dev.azlon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RedactorTest {

  private static final String KEY = "azk.Quiet/Key+8472=zeta";

  @Test
  void aKeyIsRedactedByValueAndKeyShapedTextByShape() {
    Redactor redactor = Redactor.of(KEY);

    assertThat(redactor.redact("key " + KEY + " and sk-abcdef123456")).isEqualTo("key *** and ***");
  }

  @Test
  void aKeyEscapedInJsonIsRedactedOnceDecodedInValuesAndNames() throws Exception {
    Redactor redactor = Redactor.of(KEY);
    String hidden = escaped(KEY);
    String answer =
        "{\"files\": [{\"filename\": \"a-"
            + hidden
            + ".txt\", \"content\": \"x "
            + hidden
            + "\"}], \""
            + hidden
            + "\": 1, \"reason\": \"s\\u006b-abcdef123456\"}";

    String redacted = redactor.redactJson(answer);

    assertThat(redacted).doesNotContain(hidden).doesNotContain("\\u");
    assertThat(new ObjectMapper().readTree(redacted).toString())
        .doesNotContain(KEY)
        .doesNotContain("sk-")
        .contains("a-***.txt", "x ***", "\"***\":1", "\"reason\":\"***\"");
  }

  @Test
  void textThatIsNotJsonIsRedactedAsItIs() {
    Redactor redactor = Redactor.of(KEY);

    assertThat(redactor.redactJson("not json: " + KEY)).isEqualTo("not json: ***");
    assertThat(redactor.redactJson("\"" + KEY + "\"")).isEqualTo("\"***\"");
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(String.format("\\u%04x", c)));
    return out.toString();
  }
}
