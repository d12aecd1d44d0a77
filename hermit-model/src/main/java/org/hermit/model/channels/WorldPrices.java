package org.hermit.model.channels;

/** Ids of the world-price inputs the channels read (hermit-io inputs/world.csv). */
public final class WorldPrices {
    private WorldPrices() {}

    public static final String BRENT_USD_PER_BBL = "brent_usd_per_bbl";
    public static final String RICE_USD_PER_T = "rice_thai_usd_per_t";
    public static final String BTC_USD = "btc_usd";
}
