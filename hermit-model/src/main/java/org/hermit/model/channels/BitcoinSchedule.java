package org.hermit.model.channels;

import org.hermit.model.math.MinMax;
import java.time.LocalDate;

/**
 * Bitcoin's issuance schedule: 50 BTC a block at first, halved every 210,000 blocks (in whole satoshis, so that
 * issuance ends after 33 eras just short of 21 million), and the block height by date: blocks_per_day since the
 * genesis block of 2009-01-03. Heights are continuous (a fraction of a block), which is what monthly sums need.
 */
public final class BitcoinSchedule {
    /** The genesis block's date. */
    public static final LocalDate GENESIS = LocalDate.of(2009, 1, 3);
    public static final int BLOCKS_PER_HALVING = 210_000;
    public static final long FIRST_SUBSIDY_SATOSHI = 50L * 100_000_000L;
    public static final double SATOSHI_PER_BTC = 1e8;
    private static final int ERAS = 64;

    private final double blocksPerDay;

    public BitcoinSchedule(double blocksPerDay) {
        if (!(blocksPerDay > 0)) {
            throw new IllegalArgumentException("blocks per day must be positive, got " + blocksPerDay);
        }
        this.blocksPerDay = blocksPerDay;
    }

    /** Block subsidy of an era in satoshi (era 0 = blocks 0..209,999). */
    public static long subsidySatoshi(int era) {
        return era >= ERAS ? 0L : FIRST_SUBSIDY_SATOSHI >> era;
    }

    /** BTC issued by the time the chain reaches this (continuous) height. */
    public static double supplyAtHeight(double height) {
        double satoshi = 0.0;
        for (int era = 0; era < ERAS && height > 0.0; era++) {
            double blocks = MinMax.min(height, BLOCKS_PER_HALVING);
            satoshi += blocks * subsidySatoshi(era);
            height -= blocks;
        }
        return satoshi / SATOSHI_PER_BTC;
    }

    /** Every bitcoin that will ever be issued (20,999,999.9769). */
    public static double totalSupply() {
        return supplyAtHeight(Double.MAX_VALUE);
    }

    /** Block height at the start of a day (days since 1970-01-01). */
    public double heightAtEpochDay(double epochDay) {
        return MinMax.atLeastZero((epochDay - GENESIS.toEpochDay()) * blocksPerDay);
    }

    public double heightAt(LocalDate date) {
        return heightAtEpochDay(date.toEpochDay());
    }

    public double supplyAt(LocalDate date) {
        return supplyAtHeight(heightAt(date));
    }

    /** BTC issued from the start of one date to the start of another. */
    public double issuedBetween(LocalDate from, LocalDate to) {
        return supplyAt(to) - supplyAt(from);
    }

    /** The date on which the given halving (1, 2, ...) happens under this block rate. */
    public LocalDate halvingDate(int halving) {
        long days = Math.round(halving * (double) BLOCKS_PER_HALVING / blocksPerDay);
        return GENESIS.plusDays(days);
    }

    public double blocksPerDay() {
        return blocksPerDay;
    }
}
