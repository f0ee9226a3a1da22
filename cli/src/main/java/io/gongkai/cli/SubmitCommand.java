package io.gongkai.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.schemas.Roles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Sends documents to a running ingest-service ({@code POST /reports}), one JSON line per file on
 * stdout (the service's answer), a progress bar and a summary on stderr. Exit 1 when any document
 * was rejected, 2 when the service could not be reached.
 */
@Command(name = "submit", description = "Send documents (files or directories) to a running ingest-service.")
final class SubmitCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "documents, or directories of documents")
    List<Path> inputs;

    @Option(names = "--url", description = "ingest-service base URL (default: the demo's, else http://127.0.0.1:8181)")
    String url;

    @Option(names = "--token", description = "an access token with role submitter (default: $GONGKAI_TOKEN, else the demo's)")
    String token;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<Path> files = documents(inputs);
        IngestClient ingest = new IngestClient(url != null ? url : ServiceUrls.current().ingest(),
                Credentials.bearerFor(Roles.SUBMITTER, token));
        Map<String, Integer> rejected = new TreeMap<>();
        int accepted = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            progress(i, files.size(), file);
            IngestClient.Answer answer;
            try {
                answer = ingest.submit(file);
            } catch (IOException e) {
                System.err.println();
                System.err.println("gongkai submit: ingest-service at " + ingest.baseUrl() + " is unreachable ("
                        + e.getMessage() + "); is it running? (./gongkai demo)");
                return Gongkai.EXIT_ERROR;
            }
            ObjectNode line = json.createObjectNode().put("file", file.toString()).put("httpStatus", answer.status());
            if (answer.body().isObject()) {
                line.setAll((ObjectNode) answer.body());
            }
            System.out.println(json.writeValueAsString(line));
            if (answer.accepted()) {
                accepted++;
            } else {
                rejected.merge(answer.body().path("reason").asText("HTTP_" + answer.status()), 1, Integer::sum);
            }
        }
        progress(files.size(), files.size(), null);
        System.err.println();
        System.err.printf("submitted %d: accepted %d, rejected %d%s%n", files.size(), accepted, files.size() - accepted,
                rejected.isEmpty() ? "" : " " + rejected);
        return rejected.isEmpty() ? 0 : Gongkai.EXIT_FINDINGS;
    }

    /** The files to send: each file given, and the regular files of each directory given (sorted). */
    static List<Path> documents(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> children = Files.list(input)) {
                    children.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new IllegalArgumentException("no such file or directory: " + input);
            }
        }
        return files;
    }

    private static void progress(int done, int total, Path current) {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        System.err.printf("\r[%s%s] %d/%d %s", "#".repeat(filled), " ".repeat(width - filled), done, total,
                current == null ? "" : current.getFileName());
    }
}
