package io.gongkai.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The schemas gongkai registers and publishes, one per public Avro topic, in the form a client in any language
 * writes: Avro's JSON without the properties that only Java's code generator reads ({@code avro.java.string}).
 * What the services register is exactly what the build publishes as {@code avsc/<topic>-value.avsc} in the schemas
 * artifact, so that a client's look-up of the published schema finds it registered instead of adding a version.
 */
public final class PublishedSchemas {

    /** Where the {@code .avsc} files sit in the schemas jar, and in its {@code avsc} artifact. */
    public static final String RESOURCE_DIRECTORY = "avsc";

    private static final Set<String> JAVA_ONLY_PROPERTIES = Set.of("avro.java.string");
    private static final ObjectMapper JSON = new ObjectMapper();

    private PublishedSchemas() {
    }

    /** {@code schema} without its Java-only properties: the same data, the form that is registered. */
    public static Schema of(Schema schema) {
        try {
            JsonNode tree = JSON.readTree(schema.toString());
            withoutJavaOnlyProperties(tree);
            return new Schema.Parser().parse(tree.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite schema " + schema.getFullName(), e);
        }
    }

    /** The published schema of every public Avro topic's values, by subject ({@code <topic>-value}), in flow order. */
    public static Map<String, Schema> bySubject() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        for (TopicSpec<?, ?> topic : TopicCatalog.all()) {
            if (SpecificRecord.class.isAssignableFrom(topic.valueType())) {
                schemas.put(topic.valueSubject(), of(SpecificData.get().getSchema(topic.valueType())));
            }
        }
        return schemas;
    }

    /** The file name of a subject's schema: {@code <subject>.avsc}. */
    public static String fileName(String subject) {
        return subject + ".avsc";
    }

    /** Writes {@code <subject>.avsc} (pretty-printed JSON) for every public topic into {@code args[0]}; run by the build. */
    public static void main(String[] args) throws IOException {
        Path directory = Files.createDirectories(Path.of(args[0]));
        for (Map.Entry<String, Schema> subject : bySubject().entrySet()) {
            Files.writeString(directory.resolve(fileName(subject.getKey())), subject.getValue().toString(true) + "\n",
                    StandardCharsets.UTF_8);
        }
    }

    private static void withoutJavaOnlyProperties(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(JAVA_ONLY_PROPERTIES);
        }
        node.forEach(PublishedSchemas::withoutJavaOnlyProperties);
    }
}
