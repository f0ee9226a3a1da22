package io.gongkai.ingest.parse;

import io.gongkai.events.Section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the six section headings by their titles ({@link SectionTitles}), not their numbers: "五、", "5、", "（5）",
 * "(五)" or "第五部分" all number §五, and a title with a typo still matches (bigram similarity ≥ 0.8). Rules:
 * <ul>
 *   <li>a heading is an ordinal and the section's title, at the start of a line (a title broken over two lines is
 *       joined); without an ordinal only the exact titles of §三 to §六 count, alone on their line;</li>
 *   <li>a parenthesised ordinal must be the section's own number: "（一）主动公开政府信息情况" is a part of §一,
 *       not §二;</li>
 *   <li>sections are in order; where a title appears more than once, the heading numbered like most of the others
 *       wins;</li>
 *   <li>a missing §二 or §三 heading is made up for by the table's content (第二十条…; 申请人情况, 本年新收…), and
 *       said so.</li>
 * </ul>
 */
final class SectionLocator {

    private static final String[] TITLES = SectionTitles.CANONICAL;
    private static final int[][] TITLE_KEYS = Arrays.stream(TITLES).map(LabelMatcher::key).toArray(int[][]::new);
    private static final double SIMILAR = 0.8;
    private static final int LONGEST_LOOK = 40;
    private static final String[] ACTIVE_TABLE = {"第二十条"};
    private static final String[] APPLICATION_TABLE = {"本列数据的勾稽关系", "申请人情况", "本年新收政府信息公开申请",
            "一本年新收政府信息公开申请"};

    private enum Style { NONE, CHINESE, ARABIC, PARENTHESISED, PART }

    private record Candidate(int section, int line, int bodyStart, Style style, String tail) {
    }

    ReportSections locate(String[] lines, ParseNotes notes) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Candidate candidate = candidate(lines, i);
            if (candidate != null) {
                candidates.add(candidate);
            }
        }
        Style dominant = dominantStyle(candidates);
        int sections = TITLES.length;
        int[] heading = new int[sections];
        int[] bodyStart = new int[sections];
        String[] tail = new String[sections];
        Arrays.fill(heading, -1);
        Arrays.fill(bodyStart, -1);
        Arrays.fill(tail, "");
        int after = -1;
        for (int s = 0; s < sections; s++) {
            Candidate chosen = null;
            for (Candidate candidate : candidates) {
                if (candidate.section() == s && candidate.line() > after
                        && (chosen == null || candidate.style() == dominant && chosen.style() != dominant)) {
                    chosen = candidate;
                }
            }
            if (chosen != null) {
                heading[s] = chosen.line();
                bodyStart[s] = chosen.bodyStart();
                tail[s] = chosen.tail();
                after = chosen.line();
            }
        }
        ReportSections found = new ReportSections(heading, bodyStart, tail, lines.length);
        findByContent(lines, found, Section.ACTIVE, ACTIVE_TABLE, notes);
        findByContent(lines, found, Section.APPLICATIONS, APPLICATION_TABLE, notes);
        return found;
    }

    private static void findByContent(String[] lines, ReportSections found, Section section, String[] markers,
                                      ParseNotes notes) {
        if (found.has(section)) {
            return;
        }
        int from = 0;
        int to = lines.length;
        for (Section other : Section.values()) {
            if (found.has(other) && other.ordinal() < section.ordinal()) {
                from = Math.max(from, found.start(other));
            } else if (found.has(other) && other.ordinal() > section.ordinal()) {
                int boundary = found.heading()[other.ordinal()] >= 0 ? found.heading()[other.ordinal()]
                        : found.start(other);
                to = Math.min(to, boundary);
            }
        }
        for (int i = from; i < to; i++) {
            String compact = LabelMatcher.compact(lines[i]);
            for (String marker : markers) {
                if (compact.startsWith(marker)) {
                    found.bodyStart()[section.ordinal()] = i;
                    notes.warn("the heading of " + SectionNames.of(section) + " was not found; its table was found by "
                            + "its content at line " + (i + 1));
                    return;
                }
            }
        }
    }

    private static Style dominantStyle(List<Candidate> candidates) {
        int[] counts = new int[Style.values().length];
        for (Candidate candidate : candidates) {
            counts[candidate.style().ordinal()]++;
        }
        Style dominant = Style.CHINESE;
        for (Style style : Style.values()) {
            if (counts[style.ordinal()] > counts[dominant.ordinal()]) {
                dominant = style;
            }
        }
        return dominant;
    }

    private static Candidate candidate(String[] lines, int i) {
        String line = lines[i];
        int start = 0;
        while (start < line.length() && CellScanner.isSpace(line.charAt(start))) {
            start++;
        }
        if (start == line.length() || !mayStartHeading(line.charAt(start)) || isBareNumber(line, start)) {
            return null;
        }
        Ordinal ordinal = ordinal(line, start);
        Style style = Style.NONE;
        int rest = ordinal == null ? start : ordinal.rest();
        if (ordinal != null) {
            char first = line.charAt(start);
            style = first == '(' || first == '（' ? Style.PARENTHESISED
                    : first == '第' ? Style.PART
                    : CellScanner.isDigit(first) ? Style.ARABIC : Style.CHINESE;
        } else if (line.length() - start > LONGEST_LOOK || !isUnnumberedStart(line.charAt(start))) {
            return null;
        }
        if (!startsLikeATitle(line, rest)) {
            return null;
        }
        String look = LabelMatcher.compact(line.substring(rest, Math.min(line.length(), rest + LONGEST_LOOK)));
        if (look.isEmpty()) {
            return null;
        }
        int[] lookKey = null;
        for (int s = 0; s < TITLES.length; s++) {
            if (style == Style.PARENTHESISED && ordinal.number() != s + 1) {
                continue;
            }
            String title = TITLES[s];
            if (style == Style.NONE) {
                if (s >= 2 && look.equals(title)) {
                    return new Candidate(s, i, i + 1, style, "");
                }
                continue;
            }
            int letters = SectionTitles.match(s, look);
            if (letters > 0) {
                return new Candidate(s, i, i + 1, style, tail(line, rest, letters));
            }
            if (!sharesAFirstLetter(look, title)) {
                continue;
            }
            if (look.length() <= title.length() + 4 && look.length() >= title.length() - 3) {
                lookKey = lookKey != null ? lookKey : LabelMatcher.key(look);
                if (LabelMatcher.dice(lookKey, TITLE_KEYS[s]) >= SIMILAR) {
                    return new Candidate(s, i, i + 1, style, "");
                }
            }
            if (look.length() >= 4 && title.startsWith(look) && i + 1 < lines.length
                    && (look + LabelMatcher.compact(lines[i + 1])).startsWith(title)) {
                return new Candidate(s, i, i + 2, style, "");
            }
        }
        return null;
    }

    /**
     * Whether the character is one of the first two of a title (总体, 基本, 概述, 主动, 收到, 政府, 存在, 其他), so that
     * a line can be dismissed at a glance (a typo spares one of the two).
     */
    private static boolean isTitleStart(char c) {
        return switch (c) {
            case '总', '体', '基', '本', '概', '述', '主', '动', '收', '到', '政', '府', '存', '在', '其', '他' -> true;
            default -> false;
        };
    }

    /**
     * Whether the text begins like the title in its first or its second letter: a title with a typo keeps one of
     * the two, and one with neither is too far from it to be read as it.
     */
    private static boolean sharesAFirstLetter(String look, String title) {
        return look.charAt(0) == title.charAt(0) || look.length() > 1 && look.charAt(1) == title.charAt(1);
    }

    /** Whether a title that counts without an ordinal (§三 to §六) could begin with the character. */
    private static boolean isUnnumberedStart(char c) {
        return c == '收' || c == '政' || c == '存' || c == '其';
    }

    /** Whether the first letter from {@code from} on could begin a title (or a typo'd one): a quick way out. */
    private static boolean startsLikeATitle(String line, int from) {
        for (int i = from; i < line.length() && i < from + 4; i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                char next = line.charAt(Math.min(i + 1, line.length() - 1));
                return isTitleStart(c) || isTitleStart(next);
            }
        }
        return false;
    }

    /** The text after a title's letters on its line, without leading punctuation. */
    private static String tail(String line, int from, int letters) {
        int i = from;
        while (i < line.length() && letters > 0) {
            if (Character.isLetter(line.charAt(i))) {
                letters--;
            }
            i++;
        }
        while (i < line.length() && !Character.isLetterOrDigit(line.charAt(i))) {
            i++;
        }
        return line.substring(i).strip();
    }

    /** Whether a heading can begin with the character: an ordinal's (0–9, 一–十, "(", "（", 第) or a title's. */
    private static boolean mayStartHeading(char c) {
        return CellScanner.isDigit(c) || c == '(' || c == '（' || c == '第' || chineseDigit(c) >= 0
                || isUnnumberedStart(c);
    }

    /** Whether the line from {@code start} on is a number and nothing else: a table cell, at a glance. */
    private static boolean isBareNumber(String line, int start) {
        int i = start;
        while (i < line.length() && CellScanner.isDigit(line.charAt(i))) {
            i++;
        }
        return i > start && i == line.length();
    }

    /** The index of a Chinese digit in 一二三四五六七八九十 (十 is 9), or -1. */
    private static int chineseDigit(char c) {
        return switch (c) {
            case '一' -> 0;
            case '二' -> 1;
            case '三' -> 2;
            case '四' -> 3;
            case '五' -> 4;
            case '六' -> 5;
            case '七' -> 6;
            case '八' -> 7;
            case '九' -> 8;
            case '十' -> 9;
            default -> -1;
        };
    }

    /** An item number, and where the text after it begins. */
    private record Ordinal(int number, int rest) {
    }

    /** Reads an ordinal at {@code start}: 五、 5、 5. （五） (5) 第五部分; null when there is none. */
    private static Ordinal ordinal(String line, int start) {
        int i = start;
        char first = line.charAt(i);
        boolean parenthesised = first == '(' || first == '（';
        boolean part = first == '第';
        if (parenthesised || part) {
            i++;
        }
        int number = 0;
        int digitsStart = i;
        while (i < line.length() && i - digitsStart < 3) {
            char c = line.charAt(i);
            int chinese = chineseDigit(c);
            if (CellScanner.isDigit(c)) {
                number = number * 10 + (c - '0');
            } else if (chinese >= 0) {
                number = chinese == 9 ? Math.max(number, 1) * 10 : number + chinese + 1;
            } else {
                break;
            }
            i++;
        }
        if (i == digitsStart || i >= line.length()) {
            return null;
        }
        char c = line.charAt(i);
        boolean closes = parenthesised ? c == ')' || c == '）'
                : part ? c == '部' || c == '章'
                : c == '、' || c == '.' || c == '．' || c == '，' || c == ',' || c == ' ' || c == '：';
        if (!closes) {
            return null;
        }
        i += part ? 2 : 1;
        return new Ordinal(number, Math.min(i, line.length()));
    }
}
