package org.paperkg.export.model;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * When a node appeared: the publication date of a paper, or the first such date among the papers
 * that use an entity. Listing pages give only a day without a year ({@code pk:listingDate}), so
 * either part may be missing; a writer that needs a full date (GEXF's timeline) places a listing
 * day in a year it is told.
 *
 * @param issued  the full date ({@code dcterms:issued}), or null
 * @param listing the listing day ({@code pk:listingDate}), or null
 */
public record NodeDate(LocalDate issued, MonthDay listing) {

    public static final NodeDate NONE = new NodeDate(null, null);

    public boolean isKnown() {
        return issued != null || listing != null;
    }

    /** The full date, else the listing day in {@code listingYear}, else null. */
    public LocalDate toDate(int listingYear) {
        if (issued != null) {
            return issued;
        }
        return listing == null ? null : listing.atYear(listingYear);
    }

    /** The date as the store states it: {@code 2017-06-12}, {@code --06-12}, or the empty string. */
    public String text() {
        if (issued != null) {
            return issued.toString();
        }
        return listing == null ? "" : listing.toString();
    }

    /** The earlier of the two, part by part (a full date and a listing day are not comparable). */
    public NodeDate earliest(NodeDate other) {
        LocalDate i = issued == null ? other.issued
                : other.issued == null ? issued : (issued.isBefore(other.issued) ? issued : other.issued);
        MonthDay l = listing == null ? other.listing
                : other.listing == null ? listing : (listing.isBefore(other.listing) ? listing : other.listing);
        return new NodeDate(i, l);
    }
}
