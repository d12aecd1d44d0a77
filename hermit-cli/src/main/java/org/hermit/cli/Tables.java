package org.hermit.cli;

import java.util.List;

/** Plain-text tables for the terminal: columns padded to their widest cell. */
final class Tables {
    private Tables() {}

    /** The first leftColumns columns aligned left, the rest right; the first row is the header. */
    static String aligned(List<String[]> rows, int leftColumns) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String pad = " ".repeat(widths[i] - row[i].length());
                line.append(i < leftColumns ? row[i] + pad : pad + row[i]).append(i < columns - 1 ? "  " : "");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}
