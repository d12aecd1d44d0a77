package org.hermit.model.channels;

import org.hermit.model.Channel;

/**
 * Reads one channel's parameters from the registry by their short names: get("price_ratio_to_world") reads
 * "coal.price_ratio_to_world". Used only while a channel is built, never in earn().
 */
public final class ChannelParams {
    private final ChannelSetup setup;
    private final String prefix;

    public ChannelParams(ChannelSetup setup, String channelId) {
        this.setup = setup;
        this.prefix = channelId + ".";
    }

    /**
     * A channel's parameters under its id. The prefix is the same string instance run after run, so the space's
     * cache of indices finds it by identity instead of comparing characters.
     */
    public ChannelParams(ChannelSetup setup, Channel channel) {
        this.setup = setup;
        this.prefix = PREFIXES[channel.ordinal()];
    }

    private static final String[] PREFIXES = prefixes();

    private static String[] prefixes() {
        String[] p = new String[Channel.COUNT];
        for (Channel c : Channel.values()) {
            p[c.ordinal()] = c.id() + ".";
        }
        return p;
    }

    public double get(String name) {
        return setup.params().get(prefix, name);
    }

    /** The full registry id of a short name. */
    public String id(String name) {
        return prefix + name;
    }

    public ChannelSetup setup() {
        return setup;
    }
}
