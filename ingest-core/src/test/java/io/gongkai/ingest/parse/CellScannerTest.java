package io.gongkai.ingest.parse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How cells and lines become label text, numbers and blanks. */
class CellScannerTest {

    private final CellScanner scanner = new CellScanner();

    @Test
    void aLabelWithItsDigitsRunTogether() {
        assertThat(scan("一、本年新收政府信息公开申请数量640020470"))
                .containsExactly("TEXT 一、本年新收政府信息公开申请数量", "NUMBER 640020470 run");
    }

    @Test
    void itemNumbersAndOrdinalsAreLabelText() {
        assertThat(scan("（三）不予公开 1.属于国家秘密")).containsExactly("TEXT （三）不予公开 1.属于国家秘密");
        assertThat(scan("(3) 政府信息管理")).containsExactly("TEXT (3) 政府信息管理");
        assertThat(scan("截至2023年12月31日")).containsExactly("TEXT 截至2023年12月31日");
    }

    @Test
    void aRunEndingInTheNextItemNumberKeepsOnlyItsLastDigitForTheLabel() {
        assertThat(scan("00000002.其他法律行政法规禁止公开"))
                .containsExactly("NUMBER 0000000 run", "TEXT 2.其他法律行政法规禁止公开");
    }

    @Test
    void signedChangesAmountsAndUnits() {
        assertThat(scan("行政许可 150 +2 -18")).containsExactly("TEXT 行政许可", "NUMBER 150 run", "NUMBER 2.0",
                "NUMBER -18.0");
        assertThat(scan("251000元")).containsExactly("NUMBER 251000.0");
        assertThat(scan("75,394,432.52元")).containsExactly("NUMBER 7.539443252E7");
        assertThat(scan("1.2万元")).containsExactly("NUMBER 12000.0");
        assertThat(scan("39件")).containsExactly("NUMBER 39.0");
    }

    @Test
    void blankMarkersStandAloneOrBetweenDigits() {
        assertThat(scan("- — / ——")).containsExactly("BLANK", "BLANK", "BLANK", "BLANK");
        assertThat(scan("28-0")).containsExactly("NUMBER 28 run", "BLANK", "NUMBER 0 run");
        assertThat(scan("本年增/减")).containsExactly("TEXT 本年增/减");
    }

    private List<String> scan(String text) {
        List<Token> tokens = new ArrayList<>();
        scanner.scan(text, tokens);
        return tokens.stream().map(token -> switch (token.kind()) {
            case TEXT -> "TEXT " + token.text();
            case NUMBER -> token.plain() ? "NUMBER " + token.text() + " run" : "NUMBER " + token.value();
            default -> token.kind().name();
        }).toList();
    }
}
