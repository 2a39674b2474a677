package org.uditrust.udi;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A date printed on a label, with the precision it was printed at.
 *
 * <p>A HIBCC {@code MMYY} expiry only names a month; GS1 {@code YYMM00} names "the last day of the month". Both are
 * held as the last day of that month with {@link Precision#MONTH} so a display can say "2025-03 (month)" while a
 * comparison ("expired?") stays conservative.
 *
 * @param date      the calendar date (the last day of the month when the precision is a month)
 * @param time      time of day when the carrier gives one (GS1 7003 HHMM, HIBCC YYMMDDHH), else null
 * @param precision what the label actually said
 */
public record UdiDate(LocalDate date, LocalTime time, Precision precision) {

    public enum Precision { MONTH, DAY, HOUR, MINUTE }

    public UdiDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        if ((precision == Precision.HOUR || precision == Precision.MINUTE) != (time != null)) {
            throw new IllegalArgumentException("time must be given exactly for HOUR and MINUTE precision");
        }
    }

    public static UdiDate ofDay(LocalDate date) {
        return new UdiDate(date, null, Precision.DAY);
    }

    /** The month named by year and month, held as its last day. */
    public static UdiDate ofMonth(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new UdiDate(first.withDayOfMonth(first.lengthOfMonth()), null, Precision.MONTH);
    }

    /** ISO form with the precision the label gave: {@code 2025-03}, {@code 2025-03-31}, {@code 2025-03-31T14:00}. */
    public String display() {
        return switch (precision) {
            case MONTH -> date.toString().substring(0, 7);
            case DAY -> date.toString();
            case HOUR, MINUTE -> date + "T" + time;
        };
    }
}
