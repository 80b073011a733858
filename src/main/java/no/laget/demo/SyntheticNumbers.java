package no.laget.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import no.laget.child.IdentityNumber;

/**
 * Unique synthetic identity numbers (month + 80) for the data set, derived from a sequence number: number {@code i}
 * is born on day {@code (i * 7919) mod days} counted back from the newest birth date (7919 is a prime that divides
 * neither 6,570 nor 9,125, so each round of {@code days} numbers takes every date once), and takes that day's
 * {@code (i / days)}-th individual number whose check digits exist, counted from the top of the century's range
 * (the demo and the tests take theirs below 750: at 1.1 million children the lowest used here is 798, so the demo's
 * children never share a number with the data set's). Each number is checked by {@link IdentityNumber}.
 */
final class SyntheticNumbers {

    private static final int[] FIRST_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2, 1};
    private static final int[] SECOND_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private static final long STRIDE = 7919;

    private final LocalDate newest;
    private final int days;
    private final Map<LocalDate, int[]> individuals = new HashMap<>();

    /** Birth dates from {@code newest} back over {@code days} days. */
    SyntheticNumbers(LocalDate newest, int days) {
        if (days % STRIDE == 0) {
            throw new IllegalArgumentException("days must be prime to the stride");
        }
        this.newest = newest;
        this.days = days;
    }

    LocalDate birthDate(long sequence) {
        // a stride prime to the number of days spreads any run of numbers over every age, one date each per round
        return newest.minusDays(Math.floorMod(sequence * STRIDE, (long) days));
    }

    String number(long sequence) {
        LocalDate date = birthDate(sequence);
        int[] valid = individuals.computeIfAbsent(date, SyntheticNumbers::validIndividuals);
        long k = sequence / days;
        if (k >= valid.length) {
            throw new IllegalArgumentException("Too many synthetic numbers for one birth date: use more days");
        }
        String number = nine(date, valid[(int) k]);
        number = number + check(number, FIRST_WEIGHTS);
        number = number + check(number, SECOND_WEIGHTS);
        if (!new IdentityNumber(number).isSynthetic()) {
            throw new IllegalStateException("A generated number is not a valid synthetic number");
        }
        return number;
    }

    private static int[] validIndividuals(LocalDate date) {
        int low = date.getYear() >= 2000 ? 500 : 0;
        int high = date.getYear() >= 2000 ? 999 : 499;
        return java.util.stream.IntStream.iterate(high, i -> i >= low, i -> i - 1).filter(individual -> {
            String nine = nine(date, individual);
            int k1 = check(nine, FIRST_WEIGHTS);
            return k1 <= 9 && check(nine + k1, SECOND_WEIGHTS) <= 9;
        }).toArray();
    }

    private static String nine(LocalDate date, int individual) {
        return String.format("%02d%02d%02d%03d", date.getDayOfMonth(), date.getMonthValue() + 80, date.getYear() % 100,
                individual);
    }

    /** 11 - (weighted sum mod 11), 11 meaning 0; 10 means no digit fits. */
    private static int check(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        int k = 11 - sum % 11;
        return k == 11 ? 0 : k;
    }
}
