package io.gongkai.ingest;

import io.gongkai.schemas.TopicCatalog;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of ingest, under {@code gongkai.ingest.*}.
 *
 * @param maxDocumentBytes largest document accepted (default: the raw topic's 16 MiB); larger is TOO_LARGE / HTTP 413
 * @param parserVersion    stamped on every ParsedReport
 */
@ConfigurationProperties("gongkai.ingest")
public record IngestProperties(Integer maxDocumentBytes, String parserVersion) {

    public IngestProperties {
        maxDocumentBytes = maxDocumentBytes == null ? TopicCatalog.MAX_RAW_DOCUMENT_BYTES : maxDocumentBytes;
        parserVersion = parserVersion == null ? "dev" : parserVersion;
    }
}
