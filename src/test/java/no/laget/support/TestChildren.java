package no.laget.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.UUID;

import no.laget.child.IdentityNumber;

/**
 * Made-up names and numbers for test children. Every name handed out is also written to
 * target/test-personal-data.txt, so that the log check after the suite can prove none reached the log.
 */
public final class TestChildren {

    public static final Path REGISTER = Path.of("target", "test-personal-data.txt");

    private TestChildren() {}

    /** A family name no other test uses, recorded for the log check. */
    public static String familyName() {
        String name = "Testbarn" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        remember(name);
        return name;
    }

    /**
     * A number with valid check digits and the month as given: with no offset it has the shape of a real
     * person's number, so it is made at run time only, for tests that must see such a number refused.
     */
    public static String realShapedNumberFor(int day, int month, int year) {
        for (int individual = 100; individual < 500; individual++) {
            String number = number(day, month, year, individual);
            if (number != null) {
                return number;
            }
        }
        throw new IllegalStateException("No number found");
    }

    private static String number(int day, int month, int year, int individual) {
        String base = String.format("%02d%02d%02d%03d", day, month, year % 100, individual);
        int[] d = base.chars().map(ch -> ch - '0').toArray();
        int[] w1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
        int[] w2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        int s1 = 0;
        for (int i = 0; i < 9; i++) s1 += w1[i] * d[i];
        int k1 = 11 - s1 % 11;
        k1 = k1 == 11 ? 0 : k1;
        if (k1 == 10) return null;
        int s2 = 0;
        int[] ten = new int[10];
        System.arraycopy(d, 0, ten, 0, 9);
        ten[9] = k1;
        for (int i = 0; i < 10; i++) s2 += w2[i] * ten[i];
        int k2 = 11 - s2 % 11;
        k2 = k2 == 11 ? 0 : k2;
        if (k2 == 10) return null;
        String number = base + k1 + k2;
        remember(number);
        return number;
    }

    /** A synthetic Tenor number (month + 80) for a birth date, recorded for the log check. */
    public static String tenorNumberFor(int day, int month, int year) {
        String number = IdentityNumber.syntheticFor(LocalDate.of(year, month, day), (int) (Math.random() * 1000)).value();
        remember(number);
        return number;
    }

    private static synchronized void remember(String value) {
        try {
            Files.createDirectories(REGISTER.getParent());
            Files.writeString(REGISTER, value + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
