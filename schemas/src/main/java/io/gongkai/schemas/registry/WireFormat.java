package io.gongkai.schemas.registry;

/** The Confluent wire format: magic byte 0, the schema's 4-byte big-endian global id, then Avro binary. */
final class WireFormat {

    static final byte MAGIC_BYTE = 0;
    static final int HEADER_LENGTH = 5;

    private WireFormat() {
    }

    static String subject(String topic, boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }
}
