package org.hermit.io.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hermit.io.InputException;
import org.hermit.io.InputProblem;
import org.hermit.io.params.TestRegistry;
import org.hermit.model.scenario.Scenario;

/** Writes scenario files into a directory and loads them with the test registry. */
final class ScenarioFiles {
    private final Path dir;
    final ScenarioLoader loader = new ScenarioLoader(TestRegistry.space());

    ScenarioFiles(Path dir) {
        this.dir = dir;
    }

    Path write(String name, String text) {
        Path file = dir.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    Scenario load(String name, String text) {
        return loader.load(write(name, text));
    }

    /** The problems of loading text as a file called name; fails when it loads. */
    List<InputProblem> problems(String name, String text) {
        Path file = write(name, text);
        try {
            loader.load(file);
        } catch (InputException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems in " + name + ":\n" + text);
    }

    /** The label problems in a file name are reported under. */
    String label(String name) {
        return dir.resolve(name).toString();
    }
}
