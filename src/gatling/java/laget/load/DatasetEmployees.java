package laget.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The data set's employees ({@code ./laget dataset}: usernames {@code ds-<unit>-<n>}, one shared demo password), read
 * from the running Laget itself before the load starts: {@code GET /api/v1/units} for each unit's type and
 * {@code GET /api/v1/employees} for the employees, with the demo administrator's HTTP Basic login (demo mode only, like
 * the data set). So the feeder is whatever the data set wrote, at any size, and never one shared user.
 */
record DatasetEmployees(List<Employee> all, Map<String, KnownChild> known) {

    record Employee(String username, String unitType, List<String> roles) {}

    /** A child the employee's unit serves, from the file {@code ./laget dataset} writes (data/dataset-children.csv). */
    record KnownChild(String id, String name, String birthDate) {}

    static final String PREFIX = "ds-";

    static DatasetEmployees fetch(String baseUrl, String adminUser, String adminPassword, Path childrenFile) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString((adminUser + ":" + adminPassword)
                .getBytes(StandardCharsets.UTF_8));
        JsonNode units = get(client, baseUrl + "/api/v1/units", basic);
        Map<Long, String> unitTypes = new HashMap<>();
        units.forEach(unit -> unitTypes.put(unit.get("id").asLong(), unit.get("type").asText()));
        JsonNode employees = get(client, baseUrl + "/api/v1/employees", basic);
        List<Employee> found = new ArrayList<>();
        for (JsonNode e : employees) {
            String username = e.get("username").asText();
            if (!username.startsWith(PREFIX) || !e.get("active").asBoolean()) {
                continue;
            }
            List<String> roles = new ArrayList<>();
            e.get("roles").forEach(role -> roles.add(role.asText()));
            found.add(new Employee(username, unitTypes.getOrDefault(e.get("unitId").asLong(), "?"), roles));
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("No employees of the data set (" + PREFIX + "...) at " + baseUrl
                    + ": run ./laget dataset --children N against this Laget first.");
        }
        return new DatasetEmployees(List.copyOf(found), known(childrenFile));
    }

    /**
     * username -> the child they know, or nothing when the file is not there (a Laget on another machine): then a
     * day's child is whatever the search or the deadlines give.
     */
    private static Map<String, KnownChild> known(Path file) {
        if (file == null || !Files.isReadable(file)) {
            System.out.println("laget.load: no " + file + " (written by ./laget dataset): the searches are random names");
            return Map.of();
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            Map<String, KnownChild> known = new HashMap<>();
            lines.skip(1).map(line -> line.split(",", 4)).filter(row -> row.length == 4)
                    .forEach(row -> known.put(row[0], new KnownChild(row[1], row[2], row[3])));
            return Map.copyOf(known);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The usernames of one kind, in a fixed shuffled order (the same run after run), each one once per round, with
     * the child each one knows ({@code knownChildId}, {@code knownChildSearch}: name and birth date) where the data
     * set's file names one.
     */
    List<Map<String, Object>> feeder(String kind, Predicate<Employee> which) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Employee e : all) {
            if (which.test(e)) {
                KnownChild child = known.get(e.username());
                rows.add(child == null ? Map.of("username", e.username())
                        : Map.of("username", e.username(), "knownChildId", child.id(),
                                "knownChildSearch", child.name() + " " + child.birthDate()));
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("The data set has no employees for " + kind);
        }
        Collections.shuffle(rows, new Random(kind.hashCode()));
        return rows;
    }

    private static JsonNode get(HttpClient client, String url, String authorization) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", authorization).header("Accept", "application/json")
                    .timeout(Duration.ofMinutes(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode()
                        + " (is Laget running in demo mode, and are -Dadmin.user/-Dadmin.password right?)");
            }
            return new ObjectMapper().readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
