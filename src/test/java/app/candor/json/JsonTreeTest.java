package app.candor.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The start-up tree reader gives the very tree {@code ObjectMapper.readTree} gives, and the same errors. */
class JsonTreeTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {
        "{}", "[]", "\"text\"", "42", "-7", "3.25", "1e3", "true", "false", "null",
        "{\"a\": 1, \"b\": [1, 2.5, \"x\", null, true, {\"c\": {}}], \"d\": {\"e\": [[]]}}",
        "{\"big\": 12345678901234, \"huge\": 123456789012345678901234567890, \"neg\": -0.0}",
        "{\"unicode\": \"Zoë \\u00e9 \\n tab\\t quote\\\" 日本\", \"\": \"empty key\"}",
        "{\"same\": 1, \"same\": 2}",
        "  \n {\"a\": 1} trailing words are ignored, as Jackson does by default"
    })
    void readsWhatJacksonReads(String json) throws Exception {
        assertThat(JsonTree.read(json)).isEqualTo(mapper.readTree(json));
        assertThat(JsonTree.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(mapper.readTree(json));
    }

    @Test
    void readsTheShippedFilesAsJacksonDoes() throws Exception {
        for (String resource : new String[] {"/app/candor/rules/default-rules.json",
            "/app/candor/scripts/builtin-scripts.json"}) {
            String text = new String(JsonTreeTest.class.getResourceAsStream(resource).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(JsonTree.read(text)).as(resource).isEqualTo(mapper.readTree(text));
        }
    }

    @Test
    void emptyTextIsAMissingNode() throws Exception {
        assertThat(JsonTree.read("").isMissingNode()).isTrue();
        assertThat(JsonTree.read("   \n").isMissingNode()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": }", "{\"a\": 1,\n \"b\" 2}", "[1, 2", "{\n\n  \"x\": tru }"})
    void brokenJsonFailsWithTheSameLineAndColumn(String json) {
        Throwable ours = catchJson(() -> JsonTree.read(json));
        Throwable theirs = catchJson(() -> mapper.readTree(json));
        assertThat(ours).isInstanceOf(JsonProcessingException.class);
        JsonProcessingException a = (JsonProcessingException) ours;
        JsonProcessingException b = (JsonProcessingException) theirs;
        assertThat(a.getLocation().getLineNr()).isEqualTo(b.getLocation().getLineNr());
        assertThat(a.getLocation().getColumnNr()).isEqualTo(b.getLocation().getColumnNr());
    }

    private interface Read {
        Object run() throws Exception;
    }

    private static Throwable catchJson(Read read) {
        try {
            read.run();
        } catch (Exception e) {
            return e;
        }
        throw new AssertionError("expected a JSON error");
    }
}
