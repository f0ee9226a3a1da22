package io.gongkai.ingest.envelope;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.gongkai.events.RejectionReason;
import io.gongkai.ingest.envelope.RecordFields.Choice;
import io.gongkai.ingest.envelope.RecordFields.Field;
import io.gongkai.ingest.rejection.Rejection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON record with Jackson: an object, a one-element array holding one, or a single line of JSON Lines. Its
 * string values, nested objects and arrays flattened to paths ({@code data.content}, {@code files[0]}), are told apart
 * as a CSV record's fields are ({@link RecordFields}). Several records (an array of them, or several lines) are
 * rejected, naming the count. Only text opening with '{', or with '[' and then '{', is parsed; raw control characters
 * in strings, which scrapers leave, are accepted. An array must be all the text; JSON Lines are read value by value.
 */
final class JsonRecordReader {

    private static final ObjectReader READER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build()
            .readerFor(JsonNode.class);

    private JsonRecordReader() {
    }

    /**
     * The record's report text and facts; null when the text is not JSON objects.
     *
     * @throws Rejection several records
     */
    static Layer read(String text, int start) throws Rejection {
        if (!opensAnObject(text, start)) {
            return null;
        }
        boolean array = text.charAt(start) == '[';
        List<JsonNode> records = new ArrayList<>(1);
        try {
            if (array) {
                READER.readTree(text.substring(start)).forEach(records::add);
            } else {
                try (MappingIterator<JsonNode> lines = READER.readValues(text.substring(start))) {
                    while (lines.hasNextValue()) {
                        records.add(lines.nextValue());
                    }
                }
            }
        } catch (IOException e) {
            return null;
        }
        if (records.isEmpty() || !records.stream().allMatch(JsonNode::isObject)) {
            return null;
        }
        if (records.size() > 1) {
            throw new Rejection(RejectionReason.UNREADABLE, "the JSON " + (array ? "array" : "Lines text") + " holds "
                    + records.size() + " records; a document holds one report", null);
        }
        List<Field> fields = new ArrayList<>();
        flatten(records.get(0), "", fields);
        String what = "JSON record" + (array ? " in a one-element array" : "") + " (" + fields.size() + " string field"
                + (fields.size() == 1 ? "" : "s") + ")";
        Choice choice = RecordFields.choose(fields);
        return choice.layer(EnvelopeKind.JSON_RECORD, what, choice.body() == null
                ? RecordFields.missingBody(fields, false) : choice.body().label());
    }

    private static boolean opensAnObject(String text, int start) {
        char first = text.charAt(start);
        if (first == '{') {
            return true;
        }
        if (first != '[') {
            return false;
        }
        for (int i = start + 1; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i) == '{';
            }
        }
        return false;
    }

    /** The string values under {@code node}, each named by its path. */
    private static void flatten(JsonNode node, String path, List<Field> fields) {
        if (node.isTextual()) {
            fields.add(new Field(fields.size() + 1, path, node.textValue()));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                flatten(property.getValue(), path.isEmpty() ? property.getKey() : path + "." + property.getKey(),
                        fields);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), path + "[" + i + "]", fields);
            }
        }
    }
}
