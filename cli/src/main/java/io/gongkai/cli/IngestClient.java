package io.gongkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/** {@code POST /reports} of a running ingest-service, one file at a time. */
final class IngestClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param authorization the {@code Authorization} header of a caller with role submitter; null sends none */
    IngestClient(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    /** The service's answer to one file: its HTTP status and JSON body. */
    record Answer(int status, JsonNode body) {

        boolean accepted() {
            return status == 202;
        }
    }

    /** Sends {@code file} as the raw body; the source id is the file's absolute path. Throws IOException when unreachable. */
    Answer submit(Path file) throws IOException, InterruptedException {
        return submit("file:" + file.toAbsolutePath().normalize(), file.getFileName().toString(), HttpRequest.BodyPublishers.ofFile(file));
    }

    /** Sends a document as a scraper would: its bytes as the body, its source id and file name as parameters. */
    Answer submit(String sourceId, String fileName, byte[] content) throws IOException, InterruptedException {
        return submit(sourceId, fileName, HttpRequest.BodyPublishers.ofByteArray(content));
    }

    private Answer submit(String sourceId, String fileName, HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        URI uri = URI.create(baseUrl + "/reports?fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                + "&sourceId=" + URLEncoder.encode(sourceId, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", contentType(fileName))
                .POST(body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), parse(response.body()));
    }

    String baseUrl() {
        return baseUrl;
    }

    static String contentType(String fileName) {
        String lower = fileName.toLowerCase();
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        } else if (lower.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        } else if (lower.endsWith(".doc")) {
            return "application/msword";
        } else if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return "text/html";
        } else if (lower.endsWith(".txt")) {
            return "text/plain";
        }
        return "application/octet-stream";
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.createObjectNode().put("detail", body);
        }
    }
}
