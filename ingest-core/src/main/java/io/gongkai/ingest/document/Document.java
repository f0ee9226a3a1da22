package io.gongkai.ingest.document;

/**
 * A document as delivered: its bytes and what the sender said about them.
 *
 * @param content     the bytes
 * @param fileName    the published file name, or null
 * @param contentType the MIME type as delivered, or null (then the content is sniffed)
 */
public record Document(byte[] content, String fileName, String contentType) {
}
