package io.gongkai.ingest.region;

import io.gongkai.events.RegionLevel;
import io.gongkai.events.RegionNode;
import io.gongkai.events.Resolution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds where a report's organ sits in China's administrative hierarchy, from the gazetteer of the report's year
 * (2024 onwards read as 2023, before 2016 as 2016).
 *
 * <p>The rule, in order:
 * <ol>
 *   <li>A {@code regionHint} that is a gazetteer code is trusted; the organ's names may only refine it downwards. So
 *       is a special zone the organ, hint, title or publisher names ({@link SpecialZones}: 平潭综合实验区 is 平潭县),
 *       INFERRED, with the reason.</li>
 *   <li>The organ's own place — the last place name in the organ (else organ hint, title, publisher, region hint) —
 *       is read against the year's gazetteer: 上塘街道办事处 in 杭州市拱墅区人民政府上塘街道办事处, 诸暨市 in
 *       诸暨市卫生健康局. Every other place name in the organ, title and publisher must lie above or below it;
 *       when none of its namesakes does so, the organ contradicts itself and the result is AMBIGUOUS.</li>
 *   <li>A township name the year does not know, or one whose namesakes all lie outside the county the organ names,
 *       is corrected to the one township in that county whose name extends it (唐宫街道 → 唐宫路街道) or differs only
 *       in its unit (乡 → 镇); a written county that the year's redistricting dissolved is mapped to the county the
 *       township now lies in (下城区 → 拱墅区 for 潮鸣街道 in 2021).</li>
 *   <li>Namesakes are told apart, in this order, by nesting (the outermost of namesakes inside one another: 嘉峪关市
 *       the prefecture), by place names in the hints, then in the text (the candidates related to the most named
 *       divisions win), and last by the level the written suffix implies (西工区人民政府 is the district, not the
 *       township-level 西工区 of 获嘉县).</li>
 * </ol>
 * One candidate left is EXACT when the organ's names alone identify it, INFERRED when a correction, the suffix's
 * level, the text, a hint name or another year was needed, or when unexplained characters are glued to the organ's
 * place (唐宫 in 唐宫东街道); several left are AMBIGUOUS, none UNRESOLVED — each with its explanation.
 *
 * <p>Place names are found through a reversed-name trie ({@link PlaceNameIndex}), never by searching for each name,
 * and the text is read only when the organ's names leave namesakes. Immutable after {@link #load()}; thread-safe.
 */
public final class RegionResolver {

    private static final String GAZETTEER_RESOURCE = "cn-divisions-history-2016-2023.tsv.gz";
    private static final Pattern GAZETTEER_CODE = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");
    /** A written township name that dozens of townships extend is not a slip of the pen but an unknown name. */
    private static final int MOST_CORRECTIONS_NATIONWIDE = 20;

    private final Gazetteer gazetteer;
    private final PlaceNameIndex names;
    private final SpecialZones zones;

    private RegionResolver(Gazetteer gazetteer, SpecialZones zones) {
        this.gazetteer = gazetteer;
        this.names = PlaceNameIndex.of(gazetteer.rows());
        this.zones = zones;
    }

    /** The resolver over the bundled gazetteer, read and indexed once per class loader. */
    public static RegionResolver load() {
        return Bundled.RESOLVER;
    }

    /** Where the query's organ sits; never throws for unreadable input, which is UNRESOLVED. */
    public RegionResolution resolve(RegionQuery query) {
        return new Attempt(query).resolve();
    }

    private static final class Bundled {
        static final RegionResolver RESOLVER = read();

        private static RegionResolver read() {
            try (InputStream gzip = RegionResolver.class.getResourceAsStream(GAZETTEER_RESOURCE)) {
                if (gzip == null) {
                    throw new IllegalStateException("classpath resource " + GAZETTEER_RESOURCE + " is missing");
                }
                return new RegionResolver(Gazetteer.read(gzip), SpecialZones.load());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + GAZETTEER_RESOURCE, e);
            }
        }
    }

    /** A division the organ may belong to, with the written names it takes correcting to get there. */
    private record Candidate(Division division, Map<String, String> corrections) {
        Candidate(Division division) {
            this(division, Map.of());
        }
    }

    /**
     * The report's own statements of where it is: the organ's place ({@code head}) and any characters glued to its
     * front that no name explains, the other place names of the organ, title and publisher ({@code qualifiers}), and
     * those of the scraper's hints ({@code hints}).
     */
    private record Identity(PlaceToken head, String gluedToHead, List<PlaceToken> qualifiers, List<PlaceToken> hints) {
    }

    /** One resolution: collects what it did, in words, and whether anything was inferred. */
    private final class Attempt {
        private final RegionQuery query;
        private final List<String> notes = new ArrayList<>();
        private final Map<String, String> corrections = new LinkedHashMap<>();
        private boolean inferred;

        Attempt(RegionQuery query) {
            this.query = query;
        }

        RegionResolution resolve() {
            int year = Gazetteer.yearFor(query.year());
            if (year != query.year()) {
                notes.add("report year %d read against the %d gazetteer".formatted(query.year(), year));
            }
            Identity identity = identity();
            Division hinted = hintedDivision(year);
            if (hinted != null) {
                notes.add("region hint %s is the gazetteer code of %s".formatted(hinted.code(), hinted.name()));
                return within(hinted, identity, year);
            }
            SpecialZones.Zone zone = zones.namedIn(query.organ(), query.organHint(), query.title(), query.publisher());
            if (zone != null) {
                inferred = true;
                notes.add("%s is a special zone: %s".formatted(zone.name(), zone.why()));
                return within(gazetteer.nearest(zone.code(), year), identity, year);
            }
            if (identity.head() == null) {
                return unresolved("no place name in the organ, title, publisher or hints");
            }
            if (!identity.gluedToHead().isEmpty()) {
                inferred = true;
                notes.add("%s is written %s%s: the organ may name a place the gazetteer lacks"
                        .formatted(identity.head().written(), identity.gluedToHead(), identity.head().written()));
            }
            RegionResolution resolution = narrow(identity, year);
            if (resolution != null) {
                return resolution;
            }
            int nearestYear = nearestYearNamed(identity.head(), year);
            if (nearestYear != year) {
                inferred = true;
                notes.add("read against the %d gazetteer instead, the nearest year that has %s"
                        .formatted(nearestYear, identity.head().written()));
                resolution = narrow(identity, nearestYear);
                if (resolution != null) {
                    return resolution;
                }
            }
            return unresolved("nothing in the gazetteer fits");
        }

        /** The organ's place is read from the first of these that names one; the others qualify it or hint. */
        private Identity identity() {
            String regionHintName = codeIn(query.regionHint()) == null ? query.regionHint() : null;
            List<String> sources = Arrays.asList(query.organ(), query.organHint(), query.title(), query.publisher(), regionHintName);
            Set<Integer> hintSources = Set.of(1, 4); // organHint, regionHint: the scraper's guesses
            for (int source = 0; source < sources.size(); source++) {
                String text = sources.get(source);
                List<PlaceToken> places = isBlank(text) ? List.of() : OrganNameReader.placesIn(text, names);
                if (places.isEmpty()) {
                    continue;
                }
                PlaceToken head = places.get(places.size() - 1);
                List<PlaceToken> qualifiers = new ArrayList<>(places.subList(0, places.size() - 1));
                List<PlaceToken> hints = new ArrayList<>();
                for (int other = 0; other < sources.size(); other++) {
                    if (other != source && !isBlank(sources.get(other))) {
                        (hintSources.contains(other) ? hints : qualifiers).addAll(names.scan(sources.get(other)));
                    }
                }
                qualifiers.removeIf(q -> !q.known() || q.written().equals(head.written()));
                return new Identity(head, OrganNameReader.gluedBefore(text, places, head), qualifiers, hints);
            }
            return new Identity(null, "", List.of(), List.of());
        }

        private Division hintedDivision(int year) {
            String code = codeIn(query.regionHint());
            if (code == null) {
                return null;
            }
            Division hinted = gazetteer.nearest(code, year);
            if (hinted == null) {
                notes.add("region hint %s is not a gazetteer code; not used".formatted(query.regionHint()));
            } else if (!hinted.validIn(year)) {
                inferred = true;
                notes.add("region hint %s is not a code in %d; its %d–%d row used".formatted(code, year, hinted.firstYear(), hinted.lastYear()));
            }
            return hinted;
        }

        /**
         * A hinted code, or a special zone's, is trusted; the organ's place refines it when exactly one lies within it.
         */
        private RegionResolution within(Division hinted, Identity identity, int year) {
            if (identity.head() != null) {
                PlaceToken head = identity.head();
                List<Candidate> inside = readings(head, year).stream()
                        .filter(c -> gazetteer.contains(hinted, c.division())).toList();
                if (inside.isEmpty() && PlaceNames.townshipSuffix(head.written()) != null) {
                    inside = correctionsWithin(hinted, identity.gluedToHead() + head.written(), year);
                }
                if (inside.size() == 1) {
                    notes.add("%s in the organ lies within it".formatted(head.written()));
                    return resolved(inside.get(0), year);
                }
                notes.add("%s in the organ does not narrow it to one division".formatted(head.written()));
            }
            return resolved(new Candidate(hinted), year);
        }

        /** Steps 2–4 of the rule in {@code year}; null when nothing fits. */
        private RegionResolution narrow(Identity identity, int year) {
            PlaceToken head = identity.head();
            boolean township = PlaceNames.townshipSuffix(head.written()) != null;
            List<PlaceToken> current = new ArrayList<>();
            List<PlaceToken> dissolved = new ArrayList<>();
            for (PlaceToken qualifier : identity.qualifiers()) {
                (readings(qualifier, year).isEmpty() ? dissolved : current).add(qualifier);
            }
            boolean glued = !identity.gluedToHead().isEmpty();
            String writtenInFull = identity.gluedToHead() + head.written();
            List<Candidate> candidates = readings(head, year);
            if (!candidates.isEmpty()) {
                notes.add("%s names %s in %d".formatted(head.written(), divisions(candidates.size()), year));
                List<Candidate> fitting = candidates.stream().filter(c -> fitsAll(current, c.division(), year)).toList();
                if (fitting.isEmpty()) {
                    Division area = area(current, year);
                    List<Candidate> corrected = township && area != null ? correctionsWithin(area, writtenInFull, year) : List.of();
                    if (corrected.isEmpty()) {
                        return glued && area != null ? deepestNamed(area, year) : conflict(head, candidates, current, year);
                    }
                    candidates = corrected;
                } else {
                    if (!current.isEmpty()) {
                        notes.add(fitting.size() < candidates.size()
                                ? "%s in the organ, title or publisher leave %s".formatted(writtenNames(current), divisions(fitting.size()))
                                : "%s in the organ, title or publisher agree".formatted(writtenNames(current)));
                    }
                    candidates = fitting;
                }
            } else {
                notes.add("no division is named %s in %d".formatted(head.written(), year));
                Division area = area(current, year);
                if (township) {
                    candidates = area != null ? correctionsWithin(area, writtenInFull, year) : correctionsNationwide(writtenInFull, year);
                }
                if (candidates.isEmpty()) {
                    return area != null && (glued || !head.known()) ? deepestNamed(area, year) : null;
                }
            }
            candidates = redistricted(candidates, dissolved, year);
            candidates = outermost(candidates);
            candidates = bySupport(candidates, divisionsNamed(identity.hints(), head, year), "the hints");
            if (candidates.size() > 1) {
                candidates = bySupport(candidates, divisionsNamed(names.scan(textOf(query)), head, year), "the text");
            }
            candidates = byWrittenLevel(candidates, head);
            return candidates.size() == 1 ? resolved(candidates.get(0), year) : ambiguous(candidates, year);
        }

        /** The organ's own place is not in the gazetteer: the division the rest of the organ names is as deep as it goes. */
        private RegionResolution deepestNamed(Division area, int year) {
            inferred = true;
            notes.add("resolved to %s, the deepest division the organ names".formatted(area.name()));
            return resolved(new Candidate(area), year);
        }

        /** The organ names places that no candidate lies in: every reading is a candidate, none is chosen. */
        private RegionResolution conflict(PlaceToken head, List<Candidate> candidates, List<PlaceToken> qualifiers, int year) {
            List<Candidate> readings = new ArrayList<>(candidates);
            List<PlaceToken> contradicting = qualifiers.stream()
                    .filter(q -> candidates.stream().noneMatch(c -> fits(q, c.division(), year))).toList();
            for (PlaceToken qualifier : contradicting) {
                readings.addAll(levelled(readings(qualifier, year), qualifier));
            }
            notes.add("the organ's names disagree: no %s lies in or under %s".formatted(head.written(), writtenNames(contradicting)));
            return ambiguous(distinct(readings), year);
        }

        /** The one non-township division the qualifiers agree on, deepest first; null when they name none or several. */
        private Division area(List<PlaceToken> qualifiers, int year) {
            Division area = null;
            for (PlaceToken qualifier : qualifiers) {
                List<Candidate> readings = levelled(readings(qualifier, year).stream()
                        .filter(c -> c.division().level() != RegionLevel.TOWNSHIP && fitsAll(qualifiers, c.division(), year))
                        .toList(), qualifier);
                if (readings.size() != 1) {
                    continue;
                }
                Division reading = readings.get(0).division();
                if (area == null || gazetteer.contains(area, reading)) {
                    area = reading;
                } else if (!gazetteer.contains(reading, area)) {
                    return null;
                }
            }
            return area;
        }

        /**
         * The townships of {@code area} the written township name means: its own name with its county before it or left
         * off (逊克县克林镇 for 克林镇), else a {@link PlaceNames#isCorrectionOf correction} of it.
         */
        private List<Candidate> correctionsWithin(Division area, String writtenName, int year) {
            String written = PlaceNames.withoutOffice(writtenName);
            List<Division> townships = gazetteer.townshipsWithin(area, year);
            List<Candidate> renamed = townships.stream()
                    .filter(township -> sameName(written, township, year))
                    .map(Candidate::new)
                    .toList();
            if (!renamed.isEmpty()) {
                notes.add("in %s (%s), %s is %s".formatted(area.name(), area.code(), officialNames(renamed), written));
                return renamed;
            }
            List<Candidate> corrected = townships.stream()
                    .filter(township -> PlaceNames.isCorrectionOf(written, township.name()))
                    .map(township -> new Candidate(township, Map.of(written, township.name())))
                    .toList();
            notes.add(corrected.isEmpty()
                    ? "no township of %s (%s) is named like %s".formatted(area.name(), area.code(), written)
                    : "in %s (%s), %s is named like %s".formatted(area.name(), area.code(), officialNames(corrected), written));
            return corrected;
        }

        private List<Candidate> correctionsNationwide(String writtenName, int year) {
            String written = PlaceNames.withoutOffice(writtenName);
            String stem = PlaceNames.townshipStem(written);
            if (stem.length() < 2) {
                return List.of();
            }
            List<Candidate> corrected = gazetteer.townshipsWithStemPrefix(stem, year).stream()
                    .filter(township -> PlaceNames.isCorrectionOf(written, township.name()))
                    .map(township -> new Candidate(township, Map.of(written, township.name())))
                    .toList();
            if (corrected.size() > MOST_CORRECTIONS_NATIONWIDE) {
                notes.add("%d townships are named like %s: too many to correct it".formatted(corrected.size(), written));
                return List.of();
            }
            if (!corrected.isEmpty()) {
                notes.add("nationwide, %s is named like %s".formatted(officialNames(corrected), written));
            }
            return corrected;
        }

        /**
         * A written place the year no longer has (下城区 in 2021) keeps the candidates that a namesake of theirs lay
         * under before the redistricting, and is corrected to the division they now lie in (拱墅区).
         */
        private List<Candidate> redistricted(List<Candidate> candidates, List<PlaceToken> dissolved, int year) {
            for (PlaceToken place : dissolved) {
                inferred = true;
                Set<String> formerCodes = Arrays.stream(place.rows()).map(Division::code).collect(Collectors.toSet());
                List<Candidate> explained = new ArrayList<>();
                for (Candidate candidate : candidates) {
                    Division former = formerArea(candidate.division(), formerCodes);
                    if (former == null) {
                        continue;
                    }
                    Map<String, String> corrected = new LinkedHashMap<>(candidate.corrections());
                    gazetteer.lineage(candidate.division(), year).stream()
                            .filter(now -> now.level() == former.level() && !now.name().equals(place.written()))
                            .findFirst()
                            .ifPresent(now -> corrected.put(place.written(), now.name()));
                    explained.add(new Candidate(candidate.division(), corrected));
                }
                if (explained.isEmpty()) {
                    notes.add("%s is not in the %d gazetteer and was not used".formatted(place.written(), year));
                } else {
                    notes.add("%s is not in the %d gazetteer: redistricting moved its %s"
                            .formatted(place.written(), year, officialNames(explained)));
                    candidates = explained;
                }
            }
            return candidates;
        }

        /**
         * The dissolved division (one of {@code codes}) that {@code division}'s predecessor lay under: a namesake that
         * ended before {@code division}'s code began, under a parent that still contains {@code division}. 潮鸣街道
         * 330103005 lay under 下城区 of 杭州市 up to 2020; 潮鸣街道 330105015, from 2021, lies in 杭州市 too. Null when
         * there is no such predecessor.
         */
        private Division formerArea(Division division, Set<String> codes) {
            int began = gazetteer.firstYearOf(division.code());
            for (Division namesake : names.rowsNamed(division.name())) {
                if (namesake.lastYear() >= began) {
                    continue;
                }
                for (Division above : gazetteer.lineage(namesake, namesake.lastYear())) {
                    Division aboveThat = gazetteer.parentOf(above, namesake.lastYear());
                    if (codes.contains(above.code()) && aboveThat != null && gazetteer.contains(aboveThat, division)) {
                        return above;
                    }
                }
            }
            return null;
        }

        private List<Candidate> byWrittenLevel(List<Candidate> candidates, PlaceToken head) {
            List<Candidate> levelled = levelled(candidates, head);
            if (levelled.size() < candidates.size()) {
                inferred = true;
                notes.add("%s read as a %s name, its namesakes at other levels set aside"
                        .formatted(head.written(), levelled.get(0).division().level().name().toLowerCase()));
            }
            return levelled;
        }

        /**
         * Of namesakes nested in one another, the outermost: 嘉峪关市 is the prefecture, not the county-level unit of
         * the same name the statistics place inside it.
         */
        private List<Candidate> outermost(List<Candidate> candidates) {
            if (candidates.size() < 2) {
                return candidates;
            }
            for (Candidate outer : candidates) {
                if (candidates.stream().allMatch(c -> gazetteer.contains(outer.division(), c.division()))) {
                    notes.add("%s (%s) contains its namesakes and is taken".formatted(outer.division().name(), outer.division().code()));
                    return List.of(outer);
                }
            }
            return candidates;
        }

        /** Keeps the candidates related to the most of {@code named}; unchanged when none is related to any. */
        private List<Candidate> bySupport(List<Candidate> candidates, List<Division> named, String source) {
            if (candidates.size() < 2 || named.isEmpty()) {
                return candidates;
            }
            int[] support = new int[candidates.size()];
            int most = 0;
            for (int i = 0; i < candidates.size(); i++) {
                for (Division division : named) {
                    if (gazetteer.related(division, candidates.get(i).division())) {
                        support[i]++;
                    }
                }
                most = Math.max(most, support[i]);
            }
            if (most == 0) {
                return candidates;
            }
            List<Candidate> best = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                if (support[i] == most) {
                    best.add(candidates.get(i));
                }
            }
            if (best.size() < candidates.size()) {
                inferred = true;
                Set<String> supporting = new LinkedHashSet<>();
                for (Division division : named) {
                    if (best.stream().anyMatch(c -> gazetteer.related(division, c.division()))) {
                        supporting.add(division.name());
                    }
                }
                notes.add("%s in %s leave %s of %d".formatted(String.join("、", supporting), source, divisions(best.size()), candidates.size()));
            }
            return best;
        }

        /** The divisions valid in {@code year} that the places name, the head's own name excepted. */
        private List<Division> divisionsNamed(List<PlaceToken> places, PlaceToken head, int year) {
            Map<String, Division> byCode = new LinkedHashMap<>();
            for (PlaceToken place : places) {
                if (!place.written().equals(head.written())) {
                    readings(place, year).forEach(reading -> byCode.putIfAbsent(reading.division().code(), reading.division()));
                }
            }
            return List.copyOf(byCode.values());
        }

        /**
         * The divisions of {@code year} a place name stands for: rows valid that year, else rows renamed in place by
         * then (西工区管理委员会 → 西工区, recorded as a correction); renamed ones only when no row matches as written.
         */
        private List<Candidate> readings(PlaceToken place, int year) {
            List<Candidate> exact = new ArrayList<>(place.rows().length);
            List<Candidate> renamed = new ArrayList<>(0);
            Set<String> codes = new HashSet<>();
            for (Division row : place.rows()) {
                Division current = row.validIn(year) ? row : gazetteer.at(row.code(), year);
                if (current == null || !current.parentCode().equals(row.parentCode()) || !codes.add(current.code())) {
                    continue;
                }
                if (current == row || sameName(row.name(), current, year)) {
                    exact.add(new Candidate(current));
                } else {
                    renamed.add(new Candidate(current, Map.of(place.written(), current.name())));
                }
            }
            return exact.isEmpty() ? renamed : exact;
        }

        /**
         * True when {@code name} is {@code division}'s name of {@code year} as the statistics wrote it in another year:
         * the same once 街道 / 街道办事处 are equated, or with the names of its county (and prefecture) put before it or
         * left off (卓资县十八台镇 / 十八台镇).
         */
        private boolean sameName(String name, Division division, int year) {
            String written = PlaceNames.withoutOffice(name);
            String official = PlaceNames.withoutOffice(division.name());
            if (written.equals(official)) {
                return true;
            }
            boolean writtenLonger = written.length() > official.length();
            String longer = writtenLonger ? written : official;
            String shorter = writtenLonger ? official : written;
            if (!longer.endsWith(shorter)) {
                return false;
            }
            String before = longer.substring(0, longer.length() - shorter.length());
            List<Division> path = gazetteer.path(division, year);
            String above = "";
            for (int i = path.size() - 1; i >= 0; i--) {
                if (above.equals(before)) {
                    return true;
                }
                above = (i > 0 ? path.get(i - 1).name() : "") + above;
            }
            return false;
        }

        private boolean fitsAll(List<PlaceToken> qualifiers, Division division, int year) {
            return qualifiers.stream().allMatch(q -> fits(q, division, year));
        }

        /** A place fits a division when one of its readings lies above or below it. */
        private boolean fits(PlaceToken place, Division division, int year) {
            return readings(place, year).stream().anyMatch(reading -> gazetteer.related(reading.division(), division));
        }

        /** The readings at the levels the written suffix implies, or all when none is at such a level. */
        private List<Candidate> levelled(List<Candidate> readings, PlaceToken place) {
            Set<RegionLevel> levels = PlaceNames.levelsSuggestedBy(place.written());
            List<Candidate> levelled = readings.stream().filter(c -> levels.contains(c.division().level())).toList();
            return levelled.isEmpty() ? readings : levelled;
        }

        /** The year nearest to {@code year} in which a row bears the head's name (the earlier one on a tie). */
        private int nearestYearNamed(PlaceToken head, int year) {
            int nearest = year;
            int distance = Integer.MAX_VALUE;
            for (Division row : head.rows()) {
                int rowYear = Math.max(row.firstYear(), Math.min(row.lastYear(), year));
                int rowDistance = Math.abs(rowYear - year);
                if (rowDistance < distance || rowDistance == distance && rowYear < nearest) {
                    nearest = rowYear;
                    distance = rowDistance;
                }
            }
            return nearest;
        }

        private RegionResolution resolved(Candidate candidate, int year) {
            corrections.putAll(candidate.corrections());
            if (!candidate.corrections().isEmpty()) {
                notes.add("corrected " + candidate.corrections().entrySet().stream()
                        .map(e -> e.getKey() + " → " + e.getValue()).collect(Collectors.joining(", ")));
            }
            List<RegionNode> path = pathOf(candidate.division(), year);
            Resolution resolution = inferred || !corrections.isEmpty() ? Resolution.INFERRED : Resolution.EXACT;
            notes.add("%s: %s (%s)".formatted(resolution, namesOf(path), candidate.division().code()));
            return new RegionResolution(resolution, path, List.of(), Collections.unmodifiableMap(new LinkedHashMap<>(corrections)), explanation());
        }

        private RegionResolution ambiguous(List<Candidate> candidates, int year) {
            notes.add("AMBIGUOUS: %s remain".formatted(divisions(candidates.size())));
            List<List<RegionNode>> paths = candidates.stream().map(c -> pathOf(c.division(), year)).toList();
            return new RegionResolution(Resolution.AMBIGUOUS, List.of(), paths, Map.of(), explanation());
        }

        private RegionResolution unresolved(String reason) {
            notes.add("UNRESOLVED: " + reason);
            return new RegionResolution(Resolution.UNRESOLVED, List.of(), List.of(), Map.of(), explanation());
        }

        private String explanation() {
            return String.join("; ", notes) + ".";
        }

        private List<RegionNode> pathOf(Division division, int year) {
            return gazetteer.path(division, year).stream()
                    .map(node -> new RegionNode(node.level(), node.code(), node.name()))
                    .toList();
        }
    }

    /** A gazetteer code in the hint, reduced to a division's: 330105008000 → 330105008, 330105000000 → 330105. */
    private static String codeIn(String hint) {
        if (hint == null || !GAZETTEER_CODE.matcher(hint.strip()).matches()) {
            return null;
        }
        String code = hint.strip();
        while (code.length() > 6 && code.endsWith("000")) {
            code = code.substring(0, code.length() - 3);
        }
        return code.length() == 12 ? code.substring(0, 9) : code;
    }

    private static String textOf(RegionQuery query) {
        return query.text() == null ? "" : query.text();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static List<Candidate> distinct(List<Candidate> candidates) {
        Map<String, Candidate> byCode = new LinkedHashMap<>();
        candidates.forEach(c -> byCode.putIfAbsent(c.division().code(), c));
        return List.copyOf(byCode.values());
    }

    private static String divisions(int count) {
        return count == 1 ? "1 division" : count + " divisions";
    }

    private static String writtenNames(List<PlaceToken> places) {
        return places.stream().map(PlaceToken::written).distinct().collect(Collectors.joining("、"));
    }

    private static String officialNames(List<Candidate> candidates) {
        return candidates.stream().map(c -> c.division().name()).distinct().collect(Collectors.joining("、"));
    }

    private static String namesOf(List<RegionNode> path) {
        return path.stream().map(RegionNode::getName).collect(Collectors.joining(" › "));
    }
}
