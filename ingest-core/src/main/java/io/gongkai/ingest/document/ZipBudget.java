package io.gongkai.ingest.document;

import io.gongkai.events.RejectionReason;
import io.gongkai.ingest.rejection.Rejection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a zip package (.docx) may inflate to before a library opens it: at most {@value #MAX_ENTRIES} entries, at
 * most a budget of inflated bytes in all, and in all no more than {@value #MAX_RATIO} times its own size. The bytes
 * are counted while inflating, never taken from the headers, which a bomb can fake. POI's own guard
 * ({@code ZipSecureFile}) checks each entry alone, so fourteen entries of 95 MB that each pass it would still fill
 * the heap; this checks the whole. A package over the budget is TOO_LARGE, with the size and the limit; a corrupt
 * one is left for the reader to reject with its own reason.
 */
final class ZipBudget {

    static final int MAX_ENTRIES = 1_000;
    static final int MAX_RATIO = 100;
    private static final int BUFFER = 64 * 1024;

    private ZipBudget() {
    }

    /**
     * @param zip         the package's bytes
     * @param maxInflated the most its entries may inflate to, together
     * @throws Rejection TOO_LARGE: too many entries, too many bytes inflated, or too high a ratio
     */
    static void check(byte[] zip, long maxInflated) throws Rejection {
        long limit = Math.min(maxInflated, (long) MAX_RATIO * zip.length);
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[BUFFER];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw tooLarge("the package holds more than " + MAX_ENTRIES + " entries", entry);
                }
                for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                    inflated += read;
                    if (inflated > limit) {
                        throw tooLarge("the package inflates to more than " + limit + " bytes (at most "
                                + (limit == maxInflated ? maxInflated + " in all" : MAX_RATIO + " times its "
                                + zip.length + " bytes") + ")", entry);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException corrupt) {
            return;
        }
    }

    private static Rejection tooLarge(String what, ZipEntry entry) {
        return new Rejection(RejectionReason.TOO_LARGE, what + "; a zip bomb, or not a report", entry.getName());
    }
}
