package io.gongkai.ingest.document;

import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Renders a seed as the kind of page a government site serves: navigation, scripts and styles around
 * an article whose tables carry the form's merged cells ({@link MergedCells}) as colspan and rowspan,
 * blank cells as {@code &nbsp;}, and multi-word labels broken over lines with {@code <br>}.
 */
final class HtmlFixture {

    static final String SCRIPT_TEXT = "脚本内容不应出现";
    static final String NAV_TEXT = "网站首页导航不应出现";

    private HtmlFixture() {
    }

    static String page(List<Seeds.Block> blocks) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>政府信息公开</title>
                <style>td { border: 1px solid #000; }</style>
                <script>var banner = "%s";</script></head>
                <body><nav><a href="/">%s</a> &gt; <a href="/gk">政务公开</a></nav>
                <div class="article">
                """.formatted(SCRIPT_TEXT, NAV_TEXT));
        boolean first = true;
        for (Seeds.Block block : blocks) {
            if (block instanceof Seeds.Line line) {
                String tag = first ? "h1" : "p";
                html.append('<').append(tag).append('>').append(Entities.escape(line.text()))
                        .append("</").append(tag).append(">\n");
                first = false;
            } else if (block instanceof Seeds.Table table) {
                appendTable(html, new MergedCells(table.rows()));
            }
        }
        return html.append("</div>\n<script>document.title = \"").append(SCRIPT_TEXT)
                .append("\";</script>\n</body></html>\n").toString();
    }

    private static void appendTable(StringBuilder html, MergedCells table) {
        html.append("<table border=\"1\" cellspacing=\"0\">\n<tbody>\n");
        List<List<MergedCells.Cell>> rows = table.startingCells();
        for (int r = 0; r < rows.size(); r++) {
            html.append("<tr>");
            for (MergedCells.Cell cell : rows.get(r)) {
                String tag = r == 0 ? "th" : "td";
                html.append('<').append(tag);
                if (cell.colspan() > 1) {
                    html.append(" colspan=\"").append(cell.colspan()).append('"');
                }
                if (cell.rowspan() > 1) {
                    html.append(" rowspan=\"").append(cell.rowspan()).append('"');
                }
                html.append('>');
                html.append(cell.blank() ? "&nbsp;" : String.join("<br>", Entities.escape(cell.text()).split(" ")));
                html.append("</").append(tag).append('>');
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }
}
