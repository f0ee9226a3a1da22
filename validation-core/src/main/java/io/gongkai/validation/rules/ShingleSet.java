package io.gongkai.validation.rules;

/**
 * The distinct character shingles of a text — every run of {@link #LENGTH} characters, whitespace dropped and every
 * digit read as 0 (a copied report with this year's figures swapped in is still copied) — kept as 32-bit hashes in an
 * open-addressing table: no boxing, one pass over the text with a rolling hash. Built against a reference set, it
 * also counts how many of its shingles the reference holds. Two shingles may share a hash; with a few thousand
 * shingles a text, a false match between two texts is a one-in-hundreds event.
 */
final class ShingleSet {

    private static final int LENGTH = 5;
    private static final int EMPTY = 0;
    /** The rolling hash: the last {@link #LENGTH} characters as digits of base 31, modulo 2³². */
    private static final int BASE = 31;
    private static final int BASE_TO_LENGTH = BASE * BASE * BASE * BASE * BASE;
    /** CJK unified ideographs (extension A and the main block): neither whitespace nor digits, passed quickly. */
    private static final char FIRST_IDEOGRAPH = '\u3400';
    private static final char LAST_IDEOGRAPH = '\u9fff';

    private final int[] table;
    private final int mask;
    private int size;
    private int shared;

    /** A table of at least twice as many slots as the text can have shingles: probes stay short and always end. */
    private ShingleSet(int capacity) {
        int slots = Integer.highestOneBit(Math.max(capacity, 8) * 2 - 1) << 1;
        table = new int[slots];
        mask = slots - 1;
    }

    /** The shingles of {@code text}. */
    static ShingleSet of(String text) {
        return of(text, null);
    }

    /** The shingles of {@code text}, counting those {@code reference} holds too (see {@link #shared()}). */
    static ShingleSet of(String text, ShingleSet reference) {
        ShingleSet shingles = new ShingleSet(text.length());
        char[] window = new char[LENGTH];
        int next = 0;
        int seen = 0;
        int hash = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < FIRST_IDEOGRAPH || c > LAST_IDEOGRAPH) {
                if (isSpace(c)) {
                    continue;
                }
                if (isDigit(c)) {
                    c = '0';
                }
            }
            hash = hash * BASE + c - window[next] * BASE_TO_LENGTH;
            window[next] = c;
            next = next + 1 == LENGTH ? 0 : next + 1;
            if (++seen < LENGTH) {
                continue;
            }
            int key = mix(hash);
            if (shingles.add(key) && reference != null && reference.contains(key)) {
                shingles.shared++;
            }
        }
        return shingles;
    }

    /** How many distinct shingles. */
    int size() {
        return size;
    }

    /** How many of these shingles the reference set they were built against holds; 0 without one. */
    int shared() {
        return shared;
    }

    /** Adds the key; true when it was not there yet. */
    private boolean add(int key) {
        int slot = key & mask;
        while (table[slot] != EMPTY) {
            if (table[slot] == key) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = key;
        size++;
        return true;
    }

    private boolean contains(int key) {
        int slot = key & mask;
        while (table[slot] != EMPTY) {
            if (table[slot] == key) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c < 0x80 ? c <= ' ' : Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isDigit(char c) {
        return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /** Spreads the bits (MurmurHash3's finaliser) and keeps 0 free as the empty slot. */
    private static int mix(int hash) {
        hash ^= hash >>> 16;
        hash *= 0x85ebca6b;
        hash ^= hash >>> 13;
        hash *= 0xc2b2ae35;
        hash ^= hash >>> 16;
        return hash == EMPTY ? 1 : hash;
    }
}
