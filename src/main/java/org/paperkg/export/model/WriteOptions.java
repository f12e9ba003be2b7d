package org.paperkg.export.model;

/**
 * How graph writers place a view in time.
 *
 * @param listingYear the year a listing day without a year ({@code pk:listingDate}, "Mar 12") is
 *                    placed in where a format needs a full date (GEXF's timeline); the default
 *                    2000 is a leap year, so that 29 February fits
 */
public record WriteOptions(int listingYear) {

    public static final int DEFAULT_LISTING_YEAR = 2000;

    public WriteOptions {
        if (listingYear < 1 || listingYear > 9999) {
            throw new IllegalArgumentException("listing-year must be between 1 and 9999, got " + listingYear);
        }
    }

    public static WriteOptions defaults() {
        return new WriteOptions(DEFAULT_LISTING_YEAR);
    }
}
