package io.gongkai.ingest.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Special zones that administer divisions of the gazetteer under names it lacks (平潭综合实验区 for 平潭县), each with
 * the division it resolves to and why: the bundled {@code special-zones.tsv} (name, code, why; '#' comments).
 */
final class SpecialZones {

    private static final String RESOURCE = "special-zones.tsv";

    /** A special zone: its name, the gazetteer code it resolves to, and why that code. */
    record Zone(String name, String code, String why) {
    }

    private final List<Zone> zones;

    private SpecialZones(List<Zone> zones) {
        this.zones = zones;
    }

    /** The bundled table, longest names first so that a name containing another wins. */
    static SpecialZones load() {
        try (InputStream in = SpecialZones.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + RESOURCE + " is missing");
            }
            List<Zone> zones = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\t", -1);
                    zones.add(new Zone(fields[0], fields[1], fields[2]));
                }
            }
            zones.sort(Comparator.comparingInt((Zone zone) -> zone.name().length()).reversed());
            return new SpecialZones(List.copyOf(zones));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The zone the first of the texts that names one names; null when none does. */
    Zone namedIn(String... texts) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (Zone zone : zones) {
                if (text.contains(zone.name())) {
                    return zone;
                }
            }
        }
        return null;
    }
}
