package org.hermit.report;

/** Escaping for text and attribute values in the report's HTML and SVG. */
final class Html {
    private Html() {}

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** An address safe to put in href: only http(s) addresses, everything else is not linked. */
    static boolean isWebAddress(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) && !url.contains(" ");
    }
}
