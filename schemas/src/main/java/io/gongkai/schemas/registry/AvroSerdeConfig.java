package io.gongkai.schemas.registry;

import java.util.Map;

/** Configuration keys of the registry-aware serde, named as Confluent's serde names them. */
public final class AvroSerdeConfig {

    /** Base URL of the Confluent-compatible registry API, e.g. {@code http://127.0.0.1:8081/apis/ccompat/v7}. */
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    /** Serializer: register a writer schema that the subject does not know yet (default true). */
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    /** Deserializer: read into the generated classes (true) or into generic records (false, the default). */
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";

    private AvroSerdeConfig() {
    }

    /** The client of the configured URL; else {@code constructedWith}, a serde's own; else an error naming the key. */
    static SchemaRegistry client(Map<String, ?> configs, SchemaRegistry constructedWith) {
        Object url = configs.get(SCHEMA_REGISTRY_URL);
        if (url != null && !url.toString().isBlank()) {
            return SchemaRegistryClient.forUrl(url.toString());
        }
        if (constructedWith != null) {
            return constructedWith;
        }
        throw new IllegalArgumentException("missing configuration '" + SCHEMA_REGISTRY_URL + "'");
    }

    static boolean flag(Map<String, ?> configs, String key, boolean defaultValue) {
        Object value = configs.get(key);
        return value == null ? defaultValue : Boolean.parseBoolean(value.toString());
    }
}
