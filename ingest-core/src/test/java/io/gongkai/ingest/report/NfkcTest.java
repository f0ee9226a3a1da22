package io.gongkai.ingest.report;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NfkcTest {

    private static final Random RANDOM = new Random(20231231);

    /** What the shortcut rests on: every ideograph it copies maps to itself and composes with no mark after it. */
    @Test
    void everyCopiedIdeographIsInert() {
        for (char ideograph = '\u4E00'; ideograph <= '\u9FFF'; ideograph++) {
            for (char mark : new char[]{'\u0300', '\u0301', '\u0308', '\u0323', '\u0338', '\u3099', '\u309A', '\uFF9E'}) {
                String text = "" + ideograph + mark;
                assertThat(Normalizer.normalize(text, Normalizer.Form.NFKC)).as("U+%04X", (int) ideograph)
                        .startsWith(String.valueOf(ideograph));
            }
        }
    }

    @Test
    void isNormalizersNfkcOnMixedText() {
        String[] palette = {"中", "国", "政", "府", "年", "\u9FA5", "a", "Z", "7", " ", "\n", "（", "）", "，", "。", "、", "：",
                "２", "０", "Ａ", "\u3000", "\u00A0", "\u2002", "ﬁ", "㍿", "①", "½", "\u0301", "\u0308", "\u3099", "か", "ｶ", "\uFF9E",
                "\u1100", "\u1161", "\u11A8", "가", "e", "\u212B", "\uF900", "\uD840\uDC00", "\uD83D\uDE00", "\uD840", "\u2028"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + RANDOM.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(palette[RANDOM.nextInt(palette.length)]);
            }
            assertThat(Nfkc.normalize(text.toString())).as(text.toString())
                    .isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFKC));
        }
    }

    @Test
    void isNormalizersNfkcOnAReport() {
        String report = "一、总体情况\r\n２０２３年，本机关共收到政府信息公开申请６４件（含上年结转２件），办结６０件。ﬁ ㍿ ①\u3000e\u0301";

        assertThat(Nfkc.normalize(report)).isEqualTo(Normalizer.normalize(report, Normalizer.Form.NFKC));
        assertThat(Nfkc.normalize("")).isEmpty();
        String normalised = Normalizer.normalize(report, Normalizer.Form.NFKC);
        assertThat(Nfkc.normalize(normalised)).isSameAs(normalised);
    }
}
