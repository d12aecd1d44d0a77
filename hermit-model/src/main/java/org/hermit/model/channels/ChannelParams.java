package org.hermit.model.channels;

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
