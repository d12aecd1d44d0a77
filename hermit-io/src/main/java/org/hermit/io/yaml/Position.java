package org.hermit.io.yaml;

/** Where something starts in a YAML file: 1-based line and column (0 when unknown). */
public record Position(int line, int column) {
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
