package no.laget.statistics.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


import org.springframework.stereotype.Component;

/**
 * The municipality and county numbers the module knows (resource {@code statistics/region-numbers.csv}),
 * with the years each was in use and the series of numbers one area has had: Halden was 0101 until 2019,
 * 3001 in 2020-2023 and is 3101 from 2024.
 */
@Component
class RegionNumbers {

    static final String COUNTRY = "0";

    /** One number in use from {@code from} to {@code to} (inclusive; null means open). */
    record Region(RegionLevel level, String series, String number, String name, Integer from, Integer to,
            String county) {

        boolean inUse(int year) {
            return (from == null || from <= year) && (to == null || year <= to);
        }

        int lastYear() {
            return to == null ? Integer.MAX_VALUE : to;
        }
    }

    private final Map<String, Region> byNumber = new LinkedHashMap<>();

    RegionNumbers() {
        this(RegionNumbers.class.getResourceAsStream("/statistics/region-numbers.csv"));
    }

    RegionNumbers(java.io.InputStream csv) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(";", -1);
                Region region = new Region(RegionLevel.valueOf(f[0]), f[1], f[2], f[3], year(f[4]), year(f[5]),
                        f[6].isBlank() ? null : f[6]);
                if (byNumber.put(region.number(), region) != null) {
                    throw new IllegalStateException("Region number listed twice: " + region.number());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Integer year(String text) {
        return text.isBlank() ? null : Integer.valueOf(text);
    }

    /**
     * The code as stored: SSB's "K-3001" and "F-30" prefixes dropped, "00" as the country's "0".
     * Empty when it is no region code at all.
     */
    static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String code = raw.trim();
        if (code.startsWith("K-") || code.startsWith("F-")) {
            code = code.substring(2);
        }
        if (code.equals("0") || code.equals("00")) {
            return Optional.of(COUNTRY);
        }
        return code.matches("\\d{2}|\\d{4}") ? Optional.of(code) : Optional.empty();
    }

    static RegionLevel levelOf(String code) {
        return switch (code.length()) {
            case 1 -> RegionLevel.COUNTRY;
            case 2 -> RegionLevel.COUNTY;
            default -> RegionLevel.MUNICIPALITY;
        };
    }

    boolean known(String code) {
        return COUNTRY.equals(code) || byNumber.containsKey(code);
    }

    Optional<Region> region(String code) {
        return Optional.ofNullable(byNumber.get(code));
    }

    String name(String code) {
        return COUNTRY.equals(code) ? "Hele landet" : region(code).map(Region::name).orElse(code);
    }

    /** Every number the code's area has had, newest first. Unknown codes stand alone. */
    List<Region> series(String code) {
        Region region = byNumber.get(code);
        if (region == null) {
            return List.of();
        }
        return byNumber.values().stream().filter(r -> r.series().equals(region.series()))
                .sorted(Comparator.comparingInt(Region::lastYear).reversed()).toList();
    }

    /** The counties a municipality has belonged to under its numbers, newest first, each once. */
    List<Region> countiesOf(String municipality) {
        List<Region> counties = new ArrayList<>();
        for (Region number : series(municipality)) {
            if (number.county() != null) {
                region(number.county()).filter(c -> !counties.contains(c)).ifPresent(counties::add);
            }
        }
        return counties;
    }
}
