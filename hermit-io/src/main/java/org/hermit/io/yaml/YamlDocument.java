package org.hermit.io.yaml;

import java.util.List;
import org.hermit.io.InputProblem;

/**
 * A YAML file read into located nodes.
 *
 * @param file     the name problems are reported under (a path as the user gave it, or "bundled:baseline")
 * @param root     the top node (a NULL scalar for an empty file)
 * @param problems problems found while reading that did not stop it (a key written twice)
 */
public record YamlDocument(String file, YamlNode root, List<InputProblem> problems) {
    public YamlDocument {
        problems = List.copyOf(problems);
    }
}
