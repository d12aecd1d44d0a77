package org.hermit.io.params;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hermit.model.param.Distribution;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.param.ParameterSpace;
import org.junit.jupiter.api.Test;

class ModelDocTest {

    @Test
    void theParameterTableInTheModelDocumentationIsTheRegistry() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "MODEL.md"));
        int from = doc.indexOf(ParameterTable.BEGIN);
        int to = doc.indexOf(ParameterTable.END);
        assertThat(from).as("docs/MODEL.md has the parameter-table markers").isNotNegative();
        assertThat(to).isGreaterThan(from);
        String inDoc = doc.substring(from + ParameterTable.BEGIN.length(), to).strip();
        assertThat(inDoc)
                .as("docs/MODEL.md is out of date; regenerate its parameter table with "
                        + "java -cp hermit-cli/target/hermit.jar org.hermit.io.params.ParameterTable")
                .isEqualTo(ParameterTable.markdown(ParameterRegistry.bundled()).strip());
    }

    @Test
    void largeAndSmallNumbersReadWell() {
        assertThat(ParameterTable.number(4.0e9)).isEqualTo("4.00e+09");
        assertThat(ParameterTable.number(8000)).isEqualTo("8,000");
        assertThat(ParameterTable.number(0.25)).isEqualTo("0.25");
        assertThat(ParameterTable.number(0.02)).isEqualTo("0.02");
    }

    @Test
    void aYearReadsAsAYearWithItsFraction() {
        ParameterDef opening = new ParameterDef("kaesong.suspension_end", "year", "", 2013.7083, new Distribution.Fixed(2013.7083),
                2000, 2040, List.of(), "a test parameter");

        assertThat(ParameterTable.markdown(new ParameterSpace(List.of(opening))))
                .contains("| `kaesong.suspension_end` | year | 2013.7083 | fixed(2013.7083) | 2000 to 2040 |");
    }
}
