package org.hermit.io.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.hermit.model.param.Distribution;
import org.hermit.model.scenario.PolicyChange;
import org.hermit.model.scenario.Resolution;
import org.hermit.model.scenario.ScenarioEvent;
import org.hermit.model.time.Months;
import java.util.List;

/**
 * The content hash of a resolved scenario: SHA-256 of a canonical JSON text of everything that decides its results
 * (name, months, seed, runs, resolution, parameter overrides, the posterior file's content, every policy and event
 * in order). Where a scenario came from, its description and its notes are left out, so moving a file or rewording a
 * note keeps the hash; changing any value changes it.
 */
final class ScenarioHash {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ScenarioHash() {}

    static String of(String name, int start, int end, long seed, int runs, Resolution resolution,
                     Map<String, Distribution> parameters, String posteriorSha256,
                     List<PolicyChange> policies, List<ScenarioEvent> events) {
        ObjectNode root = F.objectNode();
        root.put("format", 1);
        root.put("name", name);
        root.put("start", Months.format(start));
        root.put("end", Months.format(end));
        root.put("seed", seed);
        root.put("runs", runs);
        root.put("resolution", resolution.id());
        ObjectNode params = root.putObject("parameters");
        new TreeMap<>(parameters).forEach((id, d) -> params.set(id, distribution(d)));
        if (posteriorSha256 == null) {
            root.putNull("posterior_sha256");
        } else {
            root.put("posterior_sha256", posteriorSha256);
        }
        ArrayNode pol = root.putArray("policies");
        for (PolicyChange p : policies) {
            pol.add(policy(p));
        }
        ArrayNode ev = root.putArray("events");
        for (ScenarioEvent e : events) {
            ev.add(event(e));
        }
        try {
            return sha256(JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the canonical form of a scenario", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static ObjectNode distribution(Distribution d) {
        ObjectNode o = F.objectNode();
        o.put("kind", d.kind());
        if (d instanceof Distribution.Fixed f) {
            o.put("value", f.value());
        } else if (d instanceof Distribution.Uniform u) {
            o.put("min", u.min()).put("max", u.max());
        } else if (d instanceof Distribution.Triangular t) {
            o.put("min", t.min()).put("mode", t.mode()).put("max", t.max());
        } else if (d instanceof Distribution.Normal n) {
            o.put("mean", n.mean()).put("sd", n.sd());
        } else if (d instanceof Distribution.LogNormal l) {
            o.put("median", l.median()).put("sigma", l.sigma());
        } else if (d instanceof Distribution.Pert p) {
            o.put("min", p.min()).put("mode", p.mode()).put("max", p.max());
        }
        return o;
    }

    private static ObjectNode policy(PolicyChange p) {
        ObjectNode o = F.objectNode();
        o.put("date", Months.format(p.month()));
        if (p instanceof PolicyChange.Enforcement e) {
            o.put("enforcement", e.value());
            o.put("channel", e.channel() == null ? null : e.channel().id());
            o.put("partner", e.partner() == null ? null : e.partner().id());
        } else if (p instanceof PolicyChange.LeverSetting l) {
            o.put("lever", l.lever().id()).put("value", l.value());
        } else if (p instanceof PolicyChange.Sanction s) {
            o.put("sanction", s.measure().id()).put("in_force", s.inForce());
        }
        return o;
    }

    private static ObjectNode event(ScenarioEvent e) {
        ObjectNode o = F.objectNode();
        o.put("date", Months.format(e.month()));
        o.put("type", e.type());
        if (e instanceof ScenarioEvent.HarvestShock h) {
            o.put("factor", h.factor());
        } else if (e instanceof ScenarioEvent.WageReform w) {
            o.put("factor", w.factor());
        } else if (e instanceof ScenarioEvent.CurrencyBan b) {
            o.put("strength", b.strength()).put("months", b.months());
        } else if (e instanceof ScenarioEvent.MoneyChangerCrackdown c) {
            o.put("strength", c.strength()).put("months", c.months());
        } else if (e instanceof ScenarioEvent.TroopDeployment d) {
            o.put("troops", d.troops()).put("months", d.months());
        } else if (e instanceof ScenarioEvent.Heist h) {
            o.put("amount_usd", h.amountUsd());
        } else if (e instanceof ScenarioEvent.GrainSaleBan g) {
            o.put("strength", g.strength()).put("months", g.months());
        }
        return o;
    }
}
