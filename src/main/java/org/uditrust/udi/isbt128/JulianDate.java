package org.uditrust.udi.isbt128;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import org.uditrust.udi.UdiDate;

/**
 * Reads the ISBT 128 date forms {@code cyyjjj} and {@code cyyjjjhhmm} (ST-001 §2.4.4-2.4.9).
 *
 * <p>c is the century digit and yy the year within the century, so {@code cyy} are the last three digits of the
 * year (2019 is {@code 019}; FDA's GUDID calls the form YYYJJJ). The thousands digit is not carried: the year is
 * the one with those last three digits nearest the injected clock's year, which gives 20yy for c = 0 and 19yy for
 * c = 9 (a label of the 1990s). jjj is the day of the year, 001-365, or 366 in a leap year; hh 00-23, mm 00-59.
 */
final class JulianDate {

    /** The date read, or the reason it could not be read and where in the content that reason lies. */
    record Reading(UdiDate date, String fault, int faultOffset) {
        static Reading of(UdiDate date) {
            return new Reading(date, null, -1);
        }

        static Reading fault(String fault, int offset) {
            return new Reading(null, fault, offset);
        }

        boolean ok() {
            return date != null;
        }
    }

    private JulianDate() {
    }

    /**
     * @param content   6 or 10 digits (the caller has checked they are digits)
     * @param todayYear the clock's year, for the thousands digit
     */
    static Reading read(String content, int todayYear) {
        int cyy = number(content, 0, 3);
        int day = number(content, 3, 6);
        int year = nearestYear(cyy, todayYear);
        int daysInYear = Year.isLeap(year) ? 366 : 365;
        if (day < 1 || day > daysInYear) {
            String why = day == 0
                    ? "day 000 does not exist (days of the year run from 001)"
                    : day == 366
                            ? "day 366 does not exist in " + year + ", which is not a leap year"
                            : "day " + content.substring(3, 6) + " does not exist (a year has at most 366 days)";
            return Reading.fault(why, 3);
        }
        LocalDate date = LocalDate.ofYearDay(year, day);
        if (content.length() == 6) {
            return Reading.of(UdiDate.ofDay(date));
        }
        int hour = number(content, 6, 8);
        int minute = number(content, 8, 10);
        if (hour > 23) {
            return Reading.fault("hour " + content.substring(6, 8) + " does not exist (hours run from 00 to 23)", 6);
        }
        if (minute > 59) {
            return Reading.fault("minute " + content.substring(8, 10)
                    + " does not exist (minutes run from 00 to 59)", 8);
        }
        return Reading.of(new UdiDate(date, LocalTime.of(hour, minute), UdiDate.Precision.MINUTE));
    }

    /** The year whose last three digits are {@code cyy}, nearest {@code todayYear} (the later one on a tie). */
    static int nearestYear(int cyy, int todayYear) {
        int base = todayYear - Math.floorMod(todayYear, 1000) + cyy;
        int best = base;
        for (int candidate : new int[] {base - 1000, base + 1000}) {
            int d = Math.abs(candidate - todayYear);
            int bestD = Math.abs(best - todayYear);
            if (d < bestD || (d == bestD && candidate > best)) {
                best = candidate;
            }
        }
        return best;
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }
}
