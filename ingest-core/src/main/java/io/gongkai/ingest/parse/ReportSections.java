package io.gongkai.ingest.parse;

import io.gongkai.events.Section;

/**
 * Where the six sections of a report lie, as line indices of the normalised text (0-based, end exclusive).
 *
 * @param heading   the heading's line per section (in {@link Section} order), or -1 when no heading was found
 * @param bodyStart the first line of each section's body, or -1 when the section is absent
 * @param tail      text after a heading's title on the heading's line ("六、其他需要报告的事项。无" → "无"), or ""
 * @param lines     the number of lines
 */
record ReportSections(int[] heading, int[] bodyStart, String[] tail, int lines) {

    boolean has(Section section) {
        return bodyStart[section.ordinal()] >= 0;
    }

    int start(Section section) {
        return bodyStart[section.ordinal()];
    }

    /** The end of a section's body: the next section's heading (or table), or the end of the text. */
    int end(Section section) {
        int start = start(section);
        int end = lines;
        for (Section other : Section.values()) {
            if (other != section && has(other)) {
                int boundary = boundary(other);
                if (boundary >= start && boundary < end) {
                    end = boundary;
                }
            }
        }
        return end;
    }

    /** The first line of the first section: what comes before is the title and preamble. */
    int firstBoundary() {
        int first = lines;
        for (Section section : Section.values()) {
            if (has(section)) {
                first = Math.min(first, boundary(section));
            }
        }
        return first;
    }

    int headingsFound() {
        int found = 0;
        for (int line : heading) {
            if (line >= 0) {
                found++;
            }
        }
        return found;
    }

    private int boundary(Section section) {
        int i = section.ordinal();
        return heading[i] >= 0 ? heading[i] : bodyStart[i];
    }
}
