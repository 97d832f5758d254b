package dev.chancery.model.claim;

/** How precisely a claim's date is known. */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR, UNKNOWN
}
