package org.hermit.io.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds the known names nearest to a mistyped one, for "did you mean ...?" hints. */
public final class NearestNames {
    private NearestNames() {}

    /** Edit distance (insertions, deletions, substitutions, each 1) between two strings. */
    public static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(substitute, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The closest known name if it is close enough to be a likely typo: at most a third of the typed name's length
     * away (and at least 2 edits allowed), compared without regard to case.
     */
    public static Optional<String> nearest(String typed, Collection<String> known) {
        List<String> best = nearest(typed, known, 1);
        return best.isEmpty() ? Optional.empty() : Optional.of(best.get(0));
    }

    /** Up to limit known names close to typed, best first (ties in the order given). */
    public static List<String> nearest(String typed, Collection<String> known, int limit) {
        String t = typed.toLowerCase(java.util.Locale.ROOT);
        int allowed = Math.max(2, t.length() / 3);
        List<Scored> scored = new ArrayList<>();
        int order = 0;
        for (String k : known) {
            int d = levenshtein(t, k.toLowerCase(java.util.Locale.ROOT));
            if (d <= allowed && !k.equals(typed)) {
                scored.add(new Scored(k, d, order));
            }
            order++;
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparingInt(Scored::order));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < scored.size() && i < limit; i++) {
            out.add(scored.get(i).name());
        }
        return out;
    }

    /**
     * Names to offer for an unknown one: those containing it (a user typing "coal" wants the coal parameters), then
     * the nearest by edit distance, and when neither finds any, those of the same dotted group ("coal.nope" offers
     * the coal parameters); up to limit, best first.
     */
    public static List<String> candidates(String typed, Collection<String> known, int limit) {
        List<String> out = new ArrayList<>();
        String t = typed.toLowerCase(java.util.Locale.ROOT);
        if (!t.isEmpty()) {
            for (String k : known) {
                if (out.size() < limit && k.toLowerCase(java.util.Locale.ROOT).contains(t) && !k.equals(typed)) {
                    out.add(k);
                }
            }
        }
        for (String k : nearest(typed, known, limit)) {
            if (out.size() < limit && !out.contains(k)) {
                out.add(k);
            }
        }
        // Nothing close: "coal.nope" still says the user wants one of the coal parameters.
        int dot = t.lastIndexOf('.');
        if (out.isEmpty() && dot > 0) {
            String group = t.substring(0, dot + 1);
            for (String k : known) {
                if (out.size() < limit && k.toLowerCase(java.util.Locale.ROOT).startsWith(group)) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    /**
     * "; did you mean 'policies'?" or, when nothing is close, "; expected one of: a, b, c" (nothing when there are
     * no names or too many to list).
     */
    public static String hint(String typed, Collection<String> known) {
        Optional<String> near = nearest(typed, known);
        if (near.isPresent()) {
            return "; did you mean '" + near.get() + "'?";
        }
        if (known.isEmpty() || known.size() > MAX_LISTED) {
            return "";
        }
        return "; expected one of: " + String.join(", ", known);
    }

    private static final int MAX_LISTED = 20;

    private record Scored(String name, int distance, int order) {}
}
