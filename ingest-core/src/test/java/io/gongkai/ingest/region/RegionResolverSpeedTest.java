package io.gongkai.ingest.region;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a resolve takes, printed rather than asserted (timings vary with the machine): the five seeds 10,000
 * times after as many rounds of warm-up, and, 3,000 times, a namesake that has to be told apart by the text, which
 * makes the resolver read the whole body.
 */
class RegionResolverSpeedTest {

    private static final int SEED_ROUNDS = 10_000;
    private static final int TEXT_ROUNDS = 3_000;

    @Test
    void resolvesTheSeedsManyTimes() {
        RegionResolver resolver = RegionResolver.load();
        List<RegionQuery> seeds = SeedReport.all().stream().map(SeedReport::query).toList();
        seeds.forEach(seed -> System.out.println(seed.organ() + " → " + resolver.resolve(seed).explanation()));

        System.out.printf("seeds: %.1f µs per resolve%n", microsPerResolve(resolver, seeds, SEED_ROUNDS));

        List<RegionQuery> textNeeded = seeds.stream()
                .map(seed -> new RegionQuery("城关镇人民政府", null, null, seed.text() + "按照五河县政务公开工作要点。", seed.year(), null, null))
                .toList();
        System.out.printf("namesake told apart by the body: %.1f µs per resolve%n", microsPerResolve(resolver, textNeeded, TEXT_ROUNDS));
    }

    private static double microsPerResolve(RegionResolver resolver, List<RegionQuery> queries, int rounds) {
        int resolved = 0;
        for (int round = 0; round < rounds; round++) { // warm-up: let the JIT compile the resolver first
            for (RegionQuery query : queries) {
                resolved += resolver.resolve(query).path().size();
            }
        }
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (RegionQuery query : queries) {
                resolved += resolver.resolve(query).path().size();
            }
        }
        long elapsed = System.nanoTime() - start;
        assertThat(resolved).isPositive();
        return elapsed / 1_000.0 / ((long) rounds * queries.size());
    }
}
