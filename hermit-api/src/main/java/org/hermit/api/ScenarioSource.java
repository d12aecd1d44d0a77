package org.hermit.api;

import java.util.List;
import org.hermit.model.scenario.Scenario;

/** Where scenarios come from: bundled ones by name, others from files. */
public interface ScenarioSource {

    /**
     * The bundled scenario of that name, or the scenario file at that path, fully resolved and validated. Throws
     * {@link org.hermit.io.InputException} naming the file, line and path of every problem, or saying that no such
     * scenario exists.
     */
    Scenario resolve(String nameOrPath);

    /** The names of the bundled scenarios. */
    List<String> bundledNames();
}
