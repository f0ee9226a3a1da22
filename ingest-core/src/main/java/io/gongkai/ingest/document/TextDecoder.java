package io.gongkai.ingest.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text or HTML document, always the same way for the same bytes:
 * <ol>
 *   <li>a byte-order mark decides: UTF-8, UTF-16BE or UTF-16LE (the mark is dropped);</li>
 *   <li>else the bytes are UTF-8 if they decode as UTF-8 strictly (no malformed sequence at all);</li>
 *   <li>else they are GB18030, the national standard and a superset of GBK and GB2312, the legacy
 *       encodings of mainland government sites; undecodable bytes become U+FFFD.</li>
 * </ol>
 *
 * <p>Why not statistical detection (ICU, juniversalchardet) or the page's declared charset: strict
 * UTF-8 validity is itself a near-certain test — Chinese text in GBK essentially never forms valid
 * UTF-8 multi-byte sequences — and every other encoding these sites use is a subset of GB18030, so the
 * order above is right for the texts we get without guessing. Detectors guess from letter statistics,
 * which short, digit-heavy texts such as these reports' tables hardly have; they confuse GBK with Big5,
 * EUC-KR or windows-1252, and their answers change with library versions. A guess would also make the
 * report's {@code contentHash} (SHA-256 of the text) depend on the detector; declared charsets are
 * wrong often enough (a {@code gb2312} meta tag left on a page a CMS now serves as UTF-8) that the
 * bytes are the better witness. Text in another encoding is misread: UTF-16 without a mark and most
 * others decode to noise, which {@link DocumentReader} rejects as unreadable; Big5 (Taiwan, Hong Kong,
 * not mainland government sites) would come out as wrong Chinese characters.
 */
final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /**
     * The text of {@code bytes}. UTF-8 is tried leniently first, the JDK's fast path: with no U+FFFD in the result no
     * sequence was malformed, so a strict decoder would have said the same; otherwise the strict one decides.
     */
    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return lenient(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16LE);
        }
        String lenient = lenient(bytes, 0, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return lenient(bytes, 0, GB18030);
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
