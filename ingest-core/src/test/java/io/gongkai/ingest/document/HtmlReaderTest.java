package io.gongkai.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private static String read(String html) {
        TextOutput out = new TextOutput(1_000_000);
        new HtmlReader().read(html, out);
        return out.text();
    }

    @Test
    void blocksAndBreaksAreLinesAndInlineTextStaysTogether() {
        String text = read("""
                <body><h2>一、总体情况</h2>
                <p>2023年，<span>本机关</span>共收到申请<b>20</b>件。<br>其中自然人20件。</p>
                <div>  多余   空格  </div><p>&nbsp;</p><ul><li>第一项</li><li>第二项</li></ul></body>""");

        assertThat(text).isEqualTo("一、总体情况\n2023年，本机关共收到申请20件。\n其中自然人20件。\n多余 空格\n第一项\n第二项\n");
    }

    @Test
    void scriptsStylesNavigationAndFormsAreDropped() {
        String text = read("""
                <html><head><title>标题</title><style>p{}</style></head><body>
                <nav>首页 &gt; 政务公开</nav><script>alert('x')</script><noscript>请启用脚本</noscript>
                <form><select><option>2023</option></select></form><p>正文</p></body></html>""");

        assertThat(text).isEqualTo("正文\n");
    }

    @Test
    void preKeepsItsLines() {
        assertThat(read("<pre>第一行\n第二行</pre>")).isEqualTo("第一行\n第二行\n");
    }

    @Test
    void captionPrecedesTheRowsAndTheadTbodyTfootAreOneGrid() {
        String text = read("""
                <table><caption>表一</caption><thead><tr><th>信息内容</th><th>本年处理决定数量</th></tr></thead>
                <tbody><tr><td>行政许可</td><td>70</td></tr></tbody><tfoot><tr><td colspan="2">注</td></tr></tfoot></table>
                <p>之后</p>""");

        assertThat(text).isEqualTo("表一\n信息内容\t本年处理决定数量\n行政许可\t70\n注\t\n\n之后\n");
    }

    @Test
    void aLayoutTableIsReadAsFlowAndItsInnerTablesKeepTheirRows() {
        String text = read("""
                <table><tr><td><p>索引号：001</p></td><td>发布日期：2024-01-26</td></tr>
                <tr><td colspan="2"><p>二、主动公开政府信息情况</p>
                <table><tr><td>规章</td><td>0</td></tr><tr><td>规范性文件</td><td>1</td></tr></table>
                <p>三、收到和处理政府信息公开申请情况</p></td></tr></table>""");

        assertThat(text).isEqualTo("索引号：001\n发布日期：2024-01-26\n二、主动公开政府信息情况\n"
                + "规章\t0\n规范性文件\t1\n\n三、收到和处理政府信息公开申请情况\n");
    }

    @Test
    void paragraphsAndBreaksInsideACellBecomeSpaces() {
        String text = read("<table><tr><td><p>结果</p><p>维持</p></td><td>尚未<br/>审结</td><td> &nbsp; </td></tr></table>");

        assertThat(text).isEqualTo("结果 维持\t尚未 审结\t\n\n");
    }

    @Test
    void malformedSpansAreReadLikeABrowserWould() {
        String text = read("""
                <table><tr><td rowspan="5px">甲</td><td colspan="abc">乙</td></tr><tr><td>丙</td></tr></table>""");

        assertThat(text).isEqualTo("甲\t乙\n\t丙\n\n");
    }
}
