package no.laget.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random sets of tables published together, made from one random dataset so that they agree where they must. */
final class RandomPopulations {

    private RandomPopulations() {}

    /** 0: one table; 1: two tables sharing their rows' totals; 2: casework's three linked tables; 3: units within types. */
    static List<FigureTable> any(Random random, int kind) {
        return switch (kind) {
            case 0 -> {
                int rows = 1 + random.nextInt(6);
                int columns = 1 + random.nextInt(6);
                yield List.of(table("one", "p", "u", "q", labels("U", rows), labels("Q", columns),
                        cube(random, rows, columns)));
            }
            case 1 -> sharedRows(random);
            case 2 -> casework(random);
            default -> rollup(random);
        };
    }

    private static List<FigureTable> sharedRows(Random random) {
        int units = 1 + random.nextInt(5);
        int quarters = 4;
        int bands = 1 + random.nextInt(3);
        int[][][] cube = new int[units][quarters][bands];
        fill(random, cube);
        int[][] byQuarter = new int[units][quarters];
        int[][] byBand = new int[units][bands];
        for (int u = 0; u < units; u++) {
            for (int q = 0; q < quarters; q++) {
                for (int b = 0; b < bands; b++) {
                    byQuarter[u][q] += cube[u][q][b];
                    byBand[u][b] += cube[u][q][b];
                }
            }
        }
        return List.of(table("quarters", "answers", "unit type", "quarter", labels("U", units), labels("Q", quarters), byQuarter),
                table("bands", "answers", "unit type", "band", labels("U", units), labels("B", bands), byBand));
    }

    private static List<FigureTable> casework(Random random) {
        int units = 1 + random.nextInt(4);
        int levels = 2 + random.nextInt(2);
        int ages = 1 + random.nextInt(3);
        int delays = 1 + random.nextInt(3);
        int[][][] cube = new int[units][levels][ages];
        fill(random, cube);
        int[][] byUnit = new int[units][levels];
        int[][] byAge = new int[levels][ages];
        for (int u = 0; u < units; u++) {
            for (int l = 0; l < levels; l++) {
                for (int a = 0; a < ages; a++) {
                    byUnit[u][l] += cube[u][l][a];
                    byAge[l][a] += cube[u][l][a];
                }
            }
        }
        // level 0 of each unit type split over the delays
        int[][] byDelay = new int[units][delays];
        for (int u = 0; u < units; u++) {
            for (int i = 0; i < byUnit[u][0]; i++) {
                byDelay[u][random.nextInt(delays)]++;
            }
        }
        List<String> levelLabels = labels("L", levels);
        return List.of(table("levels-unit", "items", "unit type", "level", labels("U", units), levelLabels, byUnit),
                table("levels-age", "items", "level", "age", levelLabels, labels("A", ages), byAge),
                new FigureTable("delay", "delay", "", labels("U", units), labels("D", delays), byDelay, null,
                        FigureTable.Population.of("items", "unit type", "delay").where("level", levelLabels.getFirst())));
    }

    private static List<FigureTable> rollup(Random random) {
        int types = 1 + random.nextInt(3);
        List<String> units = new ArrayList<>();
        List<String> parents = new ArrayList<>();
        for (int t = 0; t < types; t++) {
            int of = 1 + random.nextInt(3);
            for (int i = 0; i < of; i++) {
                units.add("T" + t + "." + i);
                parents.add("T" + t);
            }
        }
        int quarters = 4;
        int[][] byUnit = cube(random, units.size(), quarters);
        int[][] byType = new int[types][quarters];
        for (int u = 0; u < units.size(); u++) {
            for (int q = 0; q < quarters; q++) {
                byType[Integer.parseInt(parents.get(u).substring(1))][q] += byUnit[u][q];
            }
        }
        return List.of(table("types", "answers", "unit type", "quarter", labels("T", types), labels("Q", quarters), byType),
                new FigureTable("units", "units", "", units, labels("Q", quarters), byUnit, null,
                        FigureTable.Population.of("answers", "unit", "quarter").rowsWithin("unit type", parents)));
    }

    private static FigureTable table(String id, String population, String rows, String columns, List<String> rowLabels,
            List<String> columnLabels, int[][] counts) {
        return new FigureTable(id, id, "", rowLabels, columnLabels, counts, null,
                FigureTable.Population.of(population, rows, columns));
    }

    private static List<String> labels(String prefix, int n) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels.add(prefix + i);
        }
        return labels;
    }

    /** Many zeros and small counts, some large ones: the cases that matter. */
    private static int count(Random random) {
        int kind = random.nextInt(5);
        return kind == 0 ? 0 : kind == 1 ? 5 + random.nextInt(30) : random.nextInt(4);
    }

    private static int[][] cube(Random random, int rows, int columns) {
        int[][] counts = new int[rows][columns];
        for (int[] row : counts) {
            for (int c = 0; c < columns; c++) {
                row[c] = count(random);
            }
        }
        return counts;
    }

    private static void fill(Random random, int[][][] cube) {
        for (int[][] plane : cube) {
            for (int[] row : plane) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = random.nextInt(3) == 0 ? count(random) : random.nextInt(2);
                }
            }
        }
    }
}
