package org.hermit.model.channels;

import org.hermit.model.Channel;
import org.hermit.model.inputs.Inputs;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.policy.Timeline;
import org.hermit.model.random.RandomStreams;

/** Builds the revenue channels of a run. */
public final class Channels {
    private Channels() {}

    /**
     * One channel on its own. Traders' smuggling and drugs then see no blocked trade from the goods channels
     * (that link exists only among the channels of {@link #all}).
     */
    public static RevenueChannel create(Channel channel, ChannelSetup setup) {
        return create(channel, setup, BlockedTrade.none(setup.timeline().months()));
    }

    /**
     * All channels of one run, indexed by {@link Channel#ordinal()}, each with its own random stream
     * (RandomStreams.CHANNEL_BASE + ordinal) and sharing the run's record of trade stopped by sanctions.
     */
    public static RevenueChannel[] all(ParameterValues params, Inputs inputs, Timeline timeline, long runSeed) {
        BlockedTrade pool = new BlockedTrade(timeline.months());
        RevenueChannel[] channels = new RevenueChannel[Channel.COUNT];
        for (Channel c : Channel.values()) {
            ChannelSetup setup = new ChannelSetup(params, inputs, timeline,
                    RandomStreams.stream(runSeed, RandomStreams.CHANNEL_BASE + c.ordinal()));
            channels[c.ordinal()] = create(c, setup, pool);
        }
        return channels;
    }

    static RevenueChannel create(Channel channel, ChannelSetup setup, BlockedTrade pool) {
        return switch (channel) {
            case COAL -> new CoalChannel(setup, pool);
            case MINERALS -> new MineralsChannel(setup, pool);
            case TEXTILES -> new TextilesChannel(setup, pool);
            case SEAFOOD -> new SeafoodChannel(setup, pool);
            case OTHER_GOODS -> new OtherGoodsChannel(setup, pool);
            case WORKERS_ABROAD -> new WorkersAbroadChannel(setup);
            case IT_WORKERS -> new ItWorkersChannel(setup);
            case CRYPTO_THEFT -> new CryptoTheftChannel(setup);
            case ARMS -> new ArmsChannel(setup);
            case TROOPS -> new TroopsChannel(setup);
            case TOURISM -> new TourismChannel(setup);
            case RESTAURANTS -> new RestaurantsChannel(setup);
            case DRUGS -> new DrugsChannel(setup, pool);
            case LEASES -> new LeasesChannel(setup);
            case CRYPTO_MINING -> new CryptoMiningChannel(setup);
            case AID -> new AidChannel(setup);
            case KAESONG -> new KaesongChannel(setup);
            case SMUGGLING -> new SmugglingChannel(setup, pool);
        };
    }
}
