package org.shoetopia.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Converts a shoe's US size to UK, EU and foot length, by the scale its gender is sized on.
 *
 * <p>Each row is US, UK, EU and the foot length in millimetres (Mondopoint, ISO
 * 9407). The rows follow the scales' definitions, as set out in Wikipedia's "Shoe size" article
 * (en.wikipedia.org/wiki/Shoe_size: "United States and Canada", "United Kingdom and Ireland",
 * "Continental Europe", "Mondopoint") and the Brannock Device's men's scale: US men's size = 3 ×
 * foot length in inches − 22 (one size is a barleycorn, 1/3 inch); women's sizes on the common scale
 * are 1.5 above men's; UK sizes are one below US men's; an EU size is 1.5 × the last's length in
 * centimetres (the Paris point, 2/3 cm), the last taken as the foot plus 2 cm, to the nearest half.
 * Youth ("big kids", 2Y–7Y) sizes are men's of the same number, as the big brands' charts have it.
 * Brands' own charts differ by up to half a size; this table is the shop's one rule, printed on
 * labels and receipts, and a customer's fit (per brand) records what they actually took.
 */
public final class SizeChart {
    private static final Pattern QUERY =
            Pattern.compile("(?i)\\s*(us|uk|eu|eur|cm)?\\s*(\\d{1,2}(?:[.,]\\d{1,2})?)\\s*(cm)?\\s*");

    private static final double[][] MEN = {
        {3.5, 2.5, 35.5, 216}, {4, 3, 36, 220}, {4.5, 3.5, 36.5, 224}, {5, 4, 37.5, 229},
        {5.5, 4.5, 38, 233}, {6, 5, 38.5, 237}, {6.5, 5.5, 39, 241}, {7, 6, 40, 246},
        {7.5, 6.5, 40.5, 250}, {8, 7, 41, 254}, {8.5, 7.5, 41.5, 258}, {9, 8, 42.5, 262},
        {9.5, 8.5, 43, 267}, {10, 9, 43.5, 271}, {10.5, 9.5, 44.5, 275}, {11, 10, 45, 279},
        {11.5, 10.5, 45.5, 284}, {12, 11, 46, 288}, {12.5, 11.5, 47, 292}, {13, 12, 47.5, 296},
        {13.5, 12.5, 48, 301}, {14, 13, 48.5, 305}, {14.5, 13.5, 49.5, 309}, {15, 14, 50, 313},
        {15.5, 14.5, 50.5, 318}, {16, 15, 51.5, 322},
    };
    private static final double[][] WOMEN = {
        {4, 1.5, 34, 207}, {4.5, 2, 35, 212}, {5, 2.5, 35.5, 216}, {5.5, 3, 36, 220},
        {6, 3.5, 36.5, 224}, {6.5, 4, 37.5, 229}, {7, 4.5, 38, 233}, {7.5, 5, 38.5, 237},
        {8, 5.5, 39, 241}, {8.5, 6, 40, 246}, {9, 6.5, 40.5, 250}, {9.5, 7, 41, 254},
        {10, 7.5, 41.5, 258}, {10.5, 8, 42.5, 262}, {11, 8.5, 43, 267}, {11.5, 9, 43.5, 271},
        {12, 9.5, 44.5, 275}, {12.5, 10, 45, 279}, {13, 10.5, 45.5, 284}, {13.5, 11, 46, 288},
        {14, 11.5, 47, 292},
    };
    private static final double[][] YOUTH = {
        {2, 1, 33.5, 203}, {2.5, 1.5, 34, 207}, {3, 2, 35, 212}, {3.5, 2.5, 35.5, 216},
        {4, 3, 36, 220}, {4.5, 3.5, 36.5, 224}, {5, 4, 37.5, 229}, {5.5, 4.5, 38, 233},
        {6, 5, 38.5, 237}, {6.5, 5.5, 39, 241}, {7, 6, 40, 246},
    };

    private static final List<Conversion> MEN_ROWS = rows(MEN);
    private static final List<Conversion> WOMEN_ROWS = rows(WOMEN);
    private static final List<Conversion> YOUTH_ROWS = rows(YOUTH);

    private SizeChart() {}

    /** One size in every system. */
    public record Conversion(ShoeSize us, int ukHalves, int euHalves, int footMillimetres) {
        public String uk() {
            return halves(ukHalves);
        }

        public String eu() {
            return halves(euHalves);
        }

        /** "26.2 cm". */
        public String footLength() {
            return String.format(Locale.ROOT, "%d.%d cm", footMillimetres / 10, footMillimetres % 10);
        }

        /** "UK 8 · EU 42.5 · 26.2 cm". */
        public String others() {
            return "UK " + uk() + " · EU " + eu() + " · " + footLength();
        }
    }

    /** A size as a customer may say it: "EU 42", "UK 8", "27 cm", "US 9" or just "9" (US). */
    public record SizeQuery(String system, int tenths) {
        /** The US sizes on the scale of {@code gender} that this query names: one, or none off the chart. */
        public Optional<ShoeSize> usSize(Gender gender) {
            if (system.equals("us")) {
                return tenths % 5 == 0 ? Optional.of(new ShoeSize(tenths / 5)) : Optional.empty();
            }
            Conversion nearest = null;
            int nearestDistance = Integer.MAX_VALUE;
            for (Conversion row : table(gender)) {
                int value = switch (system) {
                    case "uk" -> row.ukHalves() * 5;
                    case "eu" -> row.euHalves() * 5;
                    default -> row.footMillimetres();
                };
                int distance = Math.abs(value - tenths);
                if (distance < nearestDistance) {
                    nearest = row;
                    nearestDistance = distance;
                }
            }
            // Within half a size (UK, EU) or 4 mm (half a US size) of the asked one, or it is off the chart.
            int tolerance = system.equals("cm") ? 4 : 5;
            return nearestDistance <= tolerance ? Optional.of(nearest.us()) : Optional.empty();
        }

        @Override
        public String toString() {
            String value = tenths % 10 == 0 ? Integer.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
            return system.equals("cm") ? value + " cm" : system.toUpperCase(Locale.ROOT) + " " + value;
        }
    }

    /** The size in UK, EU and centimetres, or empty when the chart has no row for it. */
    public static Optional<Conversion> convert(Gender gender, ShoeSize size) {
        for (Conversion row : table(gender)) {
            if (row.us().equals(size)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /**
     * A SKU's size as labels, tills and receipts print it: "men's US 9 D · UK 8 · EU 42.5"; the
     * conversions are left out off the chart.
     */
    public static String label(Gender gender, ShoeSize size, Width width) {
        String us =
                scaleName(gender) + " US " + size + (gender == Gender.YOUTH ? "Y" : "") + " " + width.letter(gender);
        return convert(gender, size)
                .map(row -> us + " · UK " + row.uk() + " · EU " + row.eu())
                .orElse(us);
    }

    /** The scale a shoe of this gender is sized on, as labels say it: "men's", "women's", "youth", "unisex". */
    public static String scaleName(Gender gender) {
        return switch (gender) {
            case MEN -> "men's";
            case WOMEN -> "women's";
            case YOUTH -> "youth";
            case UNISEX -> "unisex";
        };
    }

    /** The rows of the scale {@code gender} is sized on (unisex on men's), smallest first. */
    public static List<Conversion> table(Gender gender) {
        return switch (gender) {
            case MEN, UNISEX -> MEN_ROWS;
            case WOMEN -> WOMEN_ROWS;
            case YOUTH -> YOUTH_ROWS;
        };
    }

    private static List<Conversion> rows(double[][] rows) {
        List<Conversion> table = new ArrayList<>(rows.length);
        for (double[] row : rows) {
            table.add(new Conversion(
                    new ShoeSize((int) Math.round(row[0] * 2)),
                    (int) Math.round(row[1] * 2),
                    (int) Math.round(row[2] * 2),
                    (int) row[3]));
        }
        return List.copyOf(table);
    }

    /** Reads "EU 42", "uk 8.5", "27 cm", "US 9,5" or "9". */
    public static SizeQuery parseQuery(String text) {
        var matcher = QUERY.matcher(text == null ? "" : text);
        if (!matcher.matches() || (matcher.group(1) != null && matcher.group(3) != null)) {
            throw new ValidationException("size", "Size must be like 9.5 (US), UK 8, EU 42 or 27 cm");
        }
        String system = matcher.group(3) != null
                ? "cm"
                : matcher.group(1) == null ? "us" : matcher.group(1).toLowerCase(Locale.ROOT);
        if (system.equals("eur")) {
            system = "eu";
        }
        String[] parts = matcher.group(2).replace(',', '.').split("\\.");
        String decimals = parts.length > 1 ? parts[1] : "0";
        if (system.equals("cm") && decimals.length() > 1) {
            throw new ValidationException("size", "A foot length goes to one decimal, like 26.5 cm");
        }
        int tenths = Integer.parseInt(parts[0]) * 10 + (decimals.length() > 1 ? 1 : Integer.parseInt(decimals));
        if (!system.equals("cm") && (decimals.length() > 1 || tenths % 5 != 0)) {
            throw new ValidationException("size", "Sizes go in whole or half sizes, like 9.5 or EU 42.5");
        }
        return new SizeQuery(system, tenths);
    }

    private static String halves(int halves) {
        return halves % 2 == 0 ? Integer.toString(halves / 2) : (halves / 2) + ".5";
    }
}
