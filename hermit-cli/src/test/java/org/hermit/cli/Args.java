package org.hermit.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A command line built from defaults that a test may override: an option given again replaces the default's value. */
final class Args {
    private Args() {}

    /**
     * The command words, then every option of defaults not overridden, then the overrides. Options are "--name value"
     * pairs, or a lone "--flag" when the next word is another option or there is none.
     */
    static String[] of(List<String> command, List<String> defaults, String... overrides) {
        Map<String, String> options = parse(defaults);
        Map<String, String> extra = parse(List.of(overrides));
        options.keySet().removeAll(extra.keySet());
        options.putAll(extra);
        List<String> out = new ArrayList<>(command);
        options.forEach((name, value) -> {
            out.add(name);
            if (value != null) {
                out.add(value);
            }
        });
        return out.toArray(String[]::new);
    }

    private static Map<String, String> parse(List<String> words) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String name = words.get(i);
            boolean flag = i + 1 >= words.size() || words.get(i + 1).startsWith("--");
            m.put(name, flag ? null : words.get(++i));
        }
        return m;
    }
}
