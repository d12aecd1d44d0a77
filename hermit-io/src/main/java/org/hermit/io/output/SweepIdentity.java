package org.hermit.io.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.hermit.engine.ParameterSampler;
import org.hermit.engine.ParameterSampler.ParameterUse;
import org.hermit.engine.PosteriorDraws;
import org.hermit.model.output.Variable;
import org.hermit.model.output.Variables;
import org.hermit.model.scenario.Scenario;

/**
 * What makes two sweeps the same sweep: a resumed sweep must match the stored one in every field but origin (the
 * same file may be named by another path; its content hash tells), or its runs would not be the runs the stored
 * ones continue.
 *
 * @param parameters a fingerprint of how every parameter is drawn (ids, ranges, distributions, posterior
 *                   values, central mode) and of the output variables stored
 */
public record SweepIdentity(String scenario, String origin, String scenarioHash, long seed, int runs,
                            int startMonth, int endMonth, String version, String parameters) {

    public static SweepIdentity of(Scenario scenario, long seed, int runs, String version, ParameterSampler sampler,
                                   PosteriorDraws posterior) {
        return new SweepIdentity(scenario.name(), scenario.origin() == null ? "" : scenario.origin(),
                scenario.contentHash(), seed, runs, scenario.startMonth(), scenario.endMonth(), version,
                fingerprint(sampler, posterior));
    }

    static String fingerprint(ParameterSampler sampler, PosteriorDraws posterior) {
        StringBuilder sb = new StringBuilder(sampler.isCentral() ? "central\n" : "random\n");
        // The output catalogue too: stored runs have one column per variable of the build that wrote them.
        for (Variable v : Variables.all()) {
            sb.append(v.id()).append(',');
        }
        sb.append('\n');
        for (ParameterUse u : sampler.uses()) {
            sb.append(u.def().id()).append('|').append(u.origin().id()).append('|').append(u.describe()).append('|')
                    .append(u.def().central()).append('|').append(u.def().min()).append('|').append(u.def().max()).append('\n');
        }
        if (posterior != null) {
            sb.append(String.join(",", posterior.ids())).append('\n');
            for (int d = 0; d < posterior.size(); d++) {
                for (int j = 0; j < posterior.ids().size(); j++) {
                    sb.append(posterior.value(d, j)).append(',');
                }
                sb.append(posterior.weight(d)).append('\n');
            }
        }
        return sha256(sb.toString());
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
