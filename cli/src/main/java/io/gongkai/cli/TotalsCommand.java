package io.gongkai.cli;

import io.gongkai.schemas.Roles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Year;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/**
 * A region's totals from a running aggregation-service ({@code GET /regions/{code}/totals?year=Y}),
 * one JSON line per year; without YEAR, every year from 2019 on that has reports.
 */
@Command(name = "totals", description = "A region's totals (code, or CN) from a running aggregation-service.")
final class TotalsCommand implements Callable<Integer> {

    static final int FIRST_YEAR = 2019;

    @Parameters(index = "0", paramLabel = "REGION", description = "a gazetteer code, or CN for the whole country")
    String region;

    @Parameters(index = "1", arity = "0..1", paramLabel = "YEAR")
    Integer year;

    @Option(names = "--url", description = "aggregation-service base URL (default: the demo's, else http://127.0.0.1:8183)")
    String url;

    @Option(names = "--token", description = "an access token with role viewer (default: $GONGKAI_TOKEN, else the demo's)")
    String token;

    @Override
    public Integer call() throws IOException, InterruptedException {
        String base = url != null ? url : ServiceUrls.current().aggregation();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String authorization = Credentials.bearerFor(Roles.VIEWER, token);
        List<Integer> years = year != null ? List.of(year) : IntStream.rangeClosed(FIRST_YEAR, Year.now().getValue()).boxed().toList();
        int found = 0;
        for (int y : years) {
            HttpResponse<String> response;
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/regions/" + region + "/totals?year=" + y))
                        .timeout(Duration.ofSeconds(10));
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                System.err.println("gongkai totals: aggregation-service at " + base + " is unreachable (" + e.getMessage() + ")");
                return Gongkai.EXIT_ERROR;
            }
            if (response.statusCode() == 200) {
                System.out.println(response.body().strip());
                found++;
            } else if (response.statusCode() != 404) {
                System.err.println("gongkai totals: " + region + " " + y + ": HTTP " + response.statusCode() + " " + response.body());
                return Gongkai.EXIT_ERROR;
            }
        }
        if (found == 0) {
            System.err.println("gongkai totals: no reports for " + region + (year != null ? " in " + year : ""));
        }
        return 0;
    }
}
