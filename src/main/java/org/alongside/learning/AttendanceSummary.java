package org.alongside.learning;

/**
 * A trainee's attendance in their current cohort: how many course days it has, and how many they
 * were marked present, excused or absent for. Days not marked yet count in none of the three.
 */
public record AttendanceSummary(int courseDays, int present, int excused, int absent) {

    public static final AttendanceSummary NONE = new AttendanceSummary(0, 0, 0, 0);

    /** The share of the course days the trainee was present for, from 0 to 1; 0 when there are no days. */
    public double presentShare() {
        return courseDays == 0 ? 0 : (double) present / courseDays;
    }
}
