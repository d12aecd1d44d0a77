package org.hermit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hermit.model.param.Distribution;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.param.ParameterValues;

/** Hand-built parameter values for mechanism tests (the bundled registry lives in hermit-io). */
public final class TestParams {
    private TestParams() {}

    public static ParameterValues of(Map<String, Double> values) {
        List<ParameterDef> defs = new ArrayList<>();
        values.forEach((id, v) -> defs.add(new ParameterDef(id, "", "", v, new Distribution.Fixed(v),
                Math.min(v, -1e18), Math.max(v, 1e18), List.of(), "test value")));
        return ParameterValues.central(new ParameterSpace(defs));
    }
}
