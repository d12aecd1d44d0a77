package org.hermit.report;

import java.util.List;

/**
 * The page of a sensitivity analysis (sensitivity.html): one self-contained file with the same look as the run
 * report, no script and nothing fetched. It shows the answer first (a sentence and the tornado chart), then the ranked
 * table, how to read it, and the settings that produced it. The caller supplies the words and numbers as text, so
 * this module needs to know nothing about how the analysis was done.
 *
 * @param title     the page's heading, e.g. "What drives reserves_usd in 2030"
 * @param lede      one or two sentences under it: the scenario, the method, the answer in words
 * @param chart     the tornado chart
 * @param ranking   the ranked table of parameters
 * @param howToRead paragraphs explaining the indices and the design
 * @param settings  what produced the page: scenario, output, method, design size, seed, threads, time taken
 */
public record SensitivityPage(String title, String lede, Figure chart, Table ranking, List<String> howToRead,
                              List<Setting> settings) {

    public SensitivityPage {
        howToRead = List.copyOf(howToRead);
        settings = List.copyOf(settings);
    }

    /** How a column's cells are shown. */
    public enum Kind {
        /** Plain text, left-aligned. */
        TEXT,
        /** An identifier, in code type. */
        CODE,
        /** A number, right-aligned in tabular figures. */
        NUMBER
    }

    public record Column(String heading, Kind kind) {}

    /** A cell: its text, and a note shown under it in smaller type (empty for none). */
    public record Cell(String text, String note) {
        public Cell {
            note = note == null ? "" : note;
        }

        public static Cell of(String text) {
            return new Cell(text, "");
        }
    }

    /** A table, one list per row with a cell per column. */
    public record Table(String caption, List<Column> columns, List<List<Cell>> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<Cell> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size()
                            + " columns");
                }
            }
        }
    }

    public record Setting(String name, String value) {}

    private static final String CSS = """
            td .note { color: #555; font-size: 0.85rem; }
            td.id code { font-size: 0.9em; color: #1a1a1a; }
            td.num .note { white-space: nowrap; }
            table.settings th { width: 12em; }
            """;

    /** The whole page. */
    public String html() {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(HtmlReport.CSS)
                .append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        b.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        b.append("<p class=\"lede\">").append(Html.escape(lede)).append("</p>\n");
        b.append("<figure id=\"").append(chart.id()).append("\">").append(chart.inlineSvg())
                .append("<figcaption>").append(Html.escape(chart.caption())).append("</figcaption></figure>\n");

        b.append("<h2 id=\"ranking\">").append(Html.escape(ranking.caption())).append("</h2>\n");
        b.append("<div class=\"table\"><table>\n<thead><tr>");
        for (Column c : ranking.columns()) {
            b.append(c.kind() == Kind.NUMBER ? "<th class=\"num\" scope=\"col\">" : "<th scope=\"col\">")
                    .append(Html.escape(c.heading())).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : ranking.rows()) {
            b.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Cell cell = row.get(i);
                String text = Html.escape(cell.text());
                switch (ranking.columns().get(i).kind()) {
                    case NUMBER -> b.append("<td class=\"num\">").append(text);
                    case CODE -> b.append("<td class=\"id\"><code>").append(text).append("</code>");
                    case TEXT -> b.append("<td>").append(text);
                }
                if (!cell.note().isEmpty()) {
                    b.append("<br><span class=\"note\">").append(Html.escape(cell.note())).append("</span>");
                }
                b.append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div>\n");

        b.append("<h2 id=\"how-to-read\">How to read this</h2>\n");
        for (String paragraph : howToRead) {
            b.append("<p>").append(Html.escape(paragraph)).append("</p>\n");
        }

        b.append("<h2 id=\"settings\">Settings</h2>\n<div class=\"table\"><table class=\"settings\">\n<tbody>\n");
        for (Setting s : settings) {
            b.append("<tr><th scope=\"row\">").append(Html.escape(s.name())).append("</th><td class=\"metaval\">")
                    .append(Html.escape(s.value())).append("</td></tr>\n");
        }
        b.append("</tbody></table></div>\n</main>\n</body>\n</html>\n");
        return b.toString();
    }
}
