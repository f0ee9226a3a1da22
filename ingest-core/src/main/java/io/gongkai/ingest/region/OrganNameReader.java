package io.gongkai.ingest.region;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the place names out of an organ's name (杭州市拱墅区人民政府上塘街道办事处 → 杭州市, 拱墅区, 上塘街道办事处), in
 * order, including a township name the gazetteer does not know (西工区唐宫街道办事处 → 西工区, 唐宫街道). An unknown
 * name counts only when it is a run of Chinese characters ending in 街道, 镇, 乡 or 苏木 that the organ's wording
 * closes (办事处, 人民政府, 党委… or the end), so that 城乡建设局 is not read as a township 城乡.
 */
final class OrganNameReader {

    private static final List<String> TOWNSHIP_UNITS = List.of("街道", "苏木", "镇", "乡");
    private static final List<String> ORGAN_WORDS_AFTER = List.of("办事处", "人民政府", "政府", "党委", "党工委", "委员会", "管委会");
    private static final List<String> ORGAN_WORDS_BEFORE =
            List.of("中国共产党", "中共", "人民政府", "政府", "党工委", "党委", "工委", "委员会", "管委会", "办事处", "委");
    private static final int LONGEST_STEM = 8;
    private static final int LONGEST_GLUED = 3;

    private OrganNameReader() {
    }

    static List<PlaceToken> placesIn(String organ, PlaceNameIndex names) {
        List<PlaceToken> places = new ArrayList<>();
        int from = 0;
        for (PlaceToken known : names.scan(organ)) {
            addUnknownTownship(organ, from, known.start(), places);
            places.add(known);
            from = known.end();
        }
        addUnknownTownship(organ, from, organ.length(), places);
        return places;
    }

    /**
     * The Chinese characters glued to the front of {@code place} that neither another place name nor an organ word
     * (人民政府, 中共, 党委…) accounts for: 唐宫 in 西工区唐宫东街道, where the gazetteer knows only some other 东街道.
     * Empty when the place starts a name, or when more than {@value #LONGEST_GLUED} characters precede it: a run that
     * long is the name of another organ (国家税务总局拱墅区税务局), not the missing front of a place name.
     */
    static String gluedBefore(String organ, List<PlaceToken> places, PlaceToken place) {
        int from = 0;
        for (PlaceToken other : places) {
            if (other.end() <= place.start()) {
                from = Math.max(from, other.end());
            }
        }
        int start = startOfName(organ, from, place.start());
        for (int i = start; i < place.start(); i++) {
            if (!isHan(organ.charAt(i))) {
                start = i + 1;
            }
        }
        return place.start() - start > LONGEST_GLUED ? "" : organ.substring(start, place.start());
    }

    private static void addUnknownTownship(String organ, int from, int to, List<PlaceToken> places) {
        int start = startOfName(organ, from, to);
        for (int unit = start + 1; unit < to && unit - start <= LONGEST_STEM && isHan(organ.charAt(unit - 1)); unit++) {
            for (String word : TOWNSHIP_UNITS) {
                int end = unit + word.length();
                if (end <= to && organ.startsWith(word, unit) && closesOrgan(organ, end)) {
                    places.add(PlaceToken.unknown(organ.substring(start, end), start, end));
                    return;
                }
            }
        }
    }

    /** Skips what precedes a name in a gap: blanks, digits and punctuation, 2023年(度), 中共, 人民政府. */
    private static int startOfName(String organ, int from, int to) {
        int start = from;
        boolean skipped = true;
        while (skipped && start < to) {
            skipped = false;
            if (!isHan(organ.charAt(start))) {
                start++;
                skipped = true;
                continue;
            }
            if (organ.startsWith("年", start) && followsDigits(organ, start)) {
                start += organ.startsWith("年度", start) ? 2 : 1;
                skipped = true;
                continue;
            }
            for (String word : ORGAN_WORDS_BEFORE) {
                if (organ.startsWith(word, start)) {
                    start += word.length();
                    skipped = true;
                    break;
                }
            }
        }
        return start;
    }

    private static boolean followsDigits(String organ, int at) {
        int before = at - 1;
        while (before >= 0 && Character.isWhitespace(organ.charAt(before))) {
            before--;
        }
        return before >= 0 && Character.isDigit(organ.charAt(before));
    }

    private static boolean closesOrgan(String organ, int end) {
        if (end == organ.length() || !isHan(organ.charAt(end))) {
            return true;
        }
        for (String word : ORGAN_WORDS_AFTER) {
            if (organ.startsWith(word, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
