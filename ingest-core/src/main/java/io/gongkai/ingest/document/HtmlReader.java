package io.gongkai.ingest.document;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an HTML page (already decoded) with jsoup into {@link TextOutput}'s layout.
 *
 * <ul>
 *   <li>{@code script}, {@code style}, {@code nav}, {@code noscript}, {@code template} and form
 *       controls are dropped; so is everything outside {@code <body>}.</li>
 *   <li>Each block element (paragraph, heading, {@code div}, list item…) and each {@code <br>} ends a
 *       line; {@code <pre>} keeps its own lines.</li>
 *   <li>A table becomes its grid ({@link TableGrid}), {@code colspan} and {@code rowspan} honoured,
 *       {@code th} and {@code td} alike; {@code &nbsp;}-only cells are blank; a {@code <br>} or
 *       paragraph inside a cell becomes a space. A {@code <caption>} is a line before the rows.</li>
 *   <li>A table that contains another table is a layout table, as old government CMS pages wrap
 *       their whole article in one: it gets no grid; its content is read as flow, so each innermost
 *       table keeps its own rows instead of being crushed into one cell of the outer one.</li>
 * </ul>
 */
final class HtmlReader {

    private static final Set<String> DROPPED = Set.of(
            "script", "style", "nav", "noscript", "template", "select", "option", "button",
            "input", "textarea", "iframe", "object", "svg");
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section",
            "article", "header", "footer", "main", "aside", "blockquote", "address", "center", "form",
            "fieldset", "figure", "figcaption", "hr", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
            "caption", "details", "summary", "body");

    void read(String html, TextOutput out) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        StringBuilder line = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    line.append(text.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element element)) {
                    return FilterResult.CONTINUE;
                }
                String name = element.normalName();
                if (DROPPED.contains(name)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (name.equals("br") || BLOCKS.contains(name)) {
                    flush(line, out);
                }
                if (name.equals("pre")) {
                    flush(line, out);
                    out.paragraph(element.wholeText());
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (name.equals("table") && element.getElementsByTag("table").size() == 1) {
                    readTable(element, out);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush(line, out);
                }
                return FilterResult.CONTINUE;
            }
        }, page.body());
        flush(line, out);
    }

    private static void flush(StringBuilder line, TextOutput out) {
        out.paragraph(TextOutput.singleLine(line.toString()));
        line.setLength(0);
    }

    private static void readTable(Element table, TextOutput out) {
        TableGrid grid = out.newTable();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "caption" -> out.paragraph(child.text());
                case "tr" -> readRow(child, grid);
                case "thead", "tbody", "tfoot" -> {
                    for (Element row : child.children()) {
                        if (row.normalName().equals("tr")) {
                            readRow(row, grid);
                        }
                    }
                }
                default -> {
                }
            }
        }
        out.table(grid);
    }

    private static void readRow(Element row, TableGrid grid) {
        grid.startRow();
        for (Element cell : row.children()) {
            String name = cell.normalName();
            if (name.equals("td") || name.equals("th")) {
                grid.addCell(cell.text(), span(cell, "colspan", 1), span(cell, "rowspan", 1));
            }
        }
    }

    private static int span(Element cell, String attribute, int absent) {
        String value = cell.attr(attribute).strip();
        int digits = 0;
        while (digits < value.length() && digits < 6 && Character.isDigit(value.charAt(digits))) {
            digits++;
        }
        return digits == 0 ? absent : Integer.parseInt(value.substring(0, digits));
    }
}
