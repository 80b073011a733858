package no.laget.statistics.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON-stat 2.0 dataset (https://json-stat.org/full/) as SSB's StatBank returns it. Reads both forms the
 * standard allows for {@code category.index} (array or object) and for {@code value} and {@code status}
 * (array or sparse object), and refuses anything else with a {@link JsonStatException}.
 */
public final class JsonStat {

    /** Floats as decimals, so 12.3 stays 12.3 on its way to a numeric column. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** One dimension with its categories in index order. {@code units} is set for metric categories. */
    public record Dimension(String id, String label, List<String> categories, Map<String, String> labels,
            Map<String, String> units) {

        public String label(String category) {
            return labels.getOrDefault(category, category);
        }
    }

    /** One cell: the category of each dimension, the value (null when missing) and its status, if any. */
    public record Cell(Map<String, String> categories, BigDecimal value, String status) {

        public String category(String dimension) {
            return categories.get(dimension);
        }
    }

    private final String label;
    private final String source;
    private final String updated;
    private final List<String> ids;
    private final List<Integer> sizes;
    private final Map<String, Dimension> dimensions;
    private final Map<String, List<String>> roles;
    private final BigDecimal[] values;
    private final String[] statuses;

    private JsonStat(String label, String source, String updated, List<String> ids, List<Integer> sizes,
            Map<String, Dimension> dimensions, Map<String, List<String>> roles, BigDecimal[] values, String[] statuses) {
        this.label = label;
        this.source = source;
        this.updated = updated;
        this.ids = ids;
        this.sizes = sizes;
        this.dimensions = dimensions;
        this.roles = roles;
        this.values = values;
        this.statuses = statuses;
    }

    public static JsonStat read(InputStream in) {
        try {
            return of(MAPPER.readTree(in));
        } catch (JacksonException notJson) {
            throw new JsonStatException("statistics.jsonstat.not-json");
        }
    }

    public static JsonStat read(String json) {
        try {
            return of(MAPPER.readTree(json));
        } catch (JacksonException notJson) {
            throw new JsonStatException("statistics.jsonstat.not-json");
        }
    }

    private static JsonStat of(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new JsonStatException("statistics.jsonstat.not-json");
        }
        // JSON-stat 1.x wraps datasets in a bundle without "class"; only 2.0 datasets are read.
        if (!"dataset".equals(text(root.get("class")))) {
            throw new JsonStatException("statistics.jsonstat.not-dataset");
        }
        JsonNode idNode = root.get("id");
        if (idNode == null || !idNode.isArray() || idNode.isEmpty()) {
            throw new JsonStatException("statistics.jsonstat.missing-id");
        }
        JsonNode sizeNode = root.get("size");
        if (sizeNode == null || !sizeNode.isArray() || sizeNode.isEmpty()) {
            throw new JsonStatException("statistics.jsonstat.missing-size");
        }
        JsonNode dimensionNode = root.get("dimension");
        if (dimensionNode == null || !dimensionNode.isObject()) {
            throw new JsonStatException("statistics.jsonstat.missing-dimension");
        }
        if (idNode.size() != sizeNode.size()) {
            throw new JsonStatException("statistics.jsonstat.id-size-mismatch", idNode.size(), sizeNode.size());
        }
        List<String> ids = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        long cellCount = 1;
        for (int i = 0; i < idNode.size(); i++) {
            String id = text(idNode.get(i));
            JsonNode size = sizeNode.get(i);
            if (id == null || ids.contains(id)) {
                throw new JsonStatException("statistics.jsonstat.missing-id");
            }
            if (!size.isIntegralNumber() || !size.canConvertToInt() || size.intValue() < 1) {
                throw new JsonStatException("statistics.jsonstat.missing-size");
            }
            ids.add(id);
            sizes.add(size.intValue());
            cellCount *= size.intValue();
            if (cellCount > 10_000_000) {
                throw new JsonStatException("statistics.jsonstat.too-large");
            }
        }
        Map<String, Dimension> dimensions = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            dimensions.put(ids.get(i), dimension(ids.get(i), dimensionNode.get(ids.get(i)), sizes.get(i)));
        }
        int count = (int) cellCount;
        return new JsonStat(text(root.get("label")), text(root.get("source")), text(root.get("updated")),
                List.copyOf(ids), List.copyOf(sizes), Collections.unmodifiableMap(dimensions), roles(root, ids),
                values(root.get("value"), count), statuses(root.get("status"), count));
    }

    private static Dimension dimension(String id, JsonNode node, int size) {
        if (node == null || !node.isObject() || !node.path("category").isObject()) {
            throw new JsonStatException("statistics.jsonstat.unknown-dimension", id);
        }
        JsonNode category = node.get("category");
        JsonNode index = category.get("index");
        JsonNode labels = category.get("label");
        String[] ordered = new String[size];
        if (index == null) {
            // The standard lets a single-category dimension leave out the index; the label then names it.
            if (labels == null || !labels.isObject() || labels.size() != 1 || size != 1) {
                throw new JsonStatException("statistics.jsonstat.category-size-mismatch", id);
            }
            ordered[0] = labels.propertyNames().iterator().next();
        } else if (index.isArray()) {
            if (index.size() != size) {
                throw new JsonStatException("statistics.jsonstat.category-size-mismatch", id);
            }
            for (int i = 0; i < size; i++) {
                ordered[i] = text(index.get(i));
            }
        } else if (index.isObject()) {
            if (index.size() != size) {
                throw new JsonStatException("statistics.jsonstat.category-size-mismatch", id);
            }
            for (Map.Entry<String, JsonNode> entry : index.properties()) {
                JsonNode position = entry.getValue();
                if (!position.isIntegralNumber() || position.intValue() < 0 || position.intValue() >= size
                        || ordered[position.intValue()] != null) {
                    throw new JsonStatException("statistics.jsonstat.category-size-mismatch", id);
                }
                ordered[position.intValue()] = entry.getKey();
            }
        } else {
            throw new JsonStatException("statistics.jsonstat.category-size-mismatch", id);
        }
        List<String> categories = new ArrayList<>();
        for (String categoryId : ordered) {
            if (categoryId == null || categories.contains(categoryId)) {
                throw new JsonStatException("statistics.jsonstat.category-size-mismatch", id);
            }
            categories.add(categoryId);
        }
        Map<String, String> labelMap = new LinkedHashMap<>();
        if (labels != null && labels.isObject()) {
            labels.properties().forEach(entry -> labelMap.put(entry.getKey(), text(entry.getValue())));
        }
        Map<String, String> units = new LinkedHashMap<>();
        JsonNode unit = category.get("unit");
        if (unit != null && unit.isObject()) {
            unit.properties().forEach(entry -> {
                String base = text(entry.getValue().get("base"));
                if (base != null) {
                    units.put(entry.getKey(), base);
                }
            });
        }
        return new Dimension(id, text(node.get("label")), List.copyOf(categories), Collections.unmodifiableMap(labelMap),
                Collections.unmodifiableMap(units));
    }

    private static Map<String, List<String>> roles(JsonNode root, List<String> ids) {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        JsonNode role = root.get("role");
        if (role != null && role.isObject()) {
            for (Map.Entry<String, JsonNode> entry : role.properties()) {
                List<String> members = new ArrayList<>();
                for (JsonNode member : entry.getValue().values()) {
                    String name = text(member);
                    if (name != null && ids.contains(name)) {
                        members.add(name);
                    }
                }
                roles.put(entry.getKey(), List.copyOf(members));
            }
        }
        return Collections.unmodifiableMap(roles);
    }

    private static BigDecimal[] values(JsonNode node, int count) {
        if (node == null || !(node.isArray() || node.isObject())) {
            throw new JsonStatException("statistics.jsonstat.missing-value");
        }
        BigDecimal[] values = new BigDecimal[count];
        if (node.isArray()) {
            if (node.size() != count) {
                throw new JsonStatException("statistics.jsonstat.value-count-mismatch", node.size(), count);
            }
            for (int i = 0; i < count; i++) {
                values[i] = number(node.get(i), i);
            }
        } else {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                values[position(entry.getKey(), count)] = number(entry.getValue(), entry.getKey());
            }
        }
        return values;
    }

    private static String[] statuses(JsonNode node, int count) {
        String[] statuses = new String[count];
        if (node == null || node.isNull()) {
            return statuses;
        }
        if (node.isString()) {
            // A single status applies to every value.
            java.util.Arrays.fill(statuses, node.stringValue());
        } else if (node.isArray()) {
            if (node.size() != count) {
                throw new JsonStatException("statistics.jsonstat.status-count-mismatch");
            }
            for (int i = 0; i < count; i++) {
                statuses[i] = text(node.get(i));
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                statuses[position(entry.getKey(), count)] = text(entry.getValue());
            }
        } else {
            throw new JsonStatException("statistics.jsonstat.status-count-mismatch");
        }
        return statuses;
    }

    private static int position(String key, int count) {
        try {
            int position = Integer.parseInt(key);
            if (position >= 0 && position < count) {
                return position;
            }
        } catch (NumberFormatException notAnIndex) {
            // falls through to the refusal
        }
        throw new JsonStatException("statistics.jsonstat.value-index-out-of-range", key, count);
    }

    private static BigDecimal number(JsonNode node, Object where) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw new JsonStatException("statistics.jsonstat.value-not-number", where);
        }
        return node.decimalValue();
    }

    private static String text(JsonNode node) {
        return node != null && (node.isString() || node.isNumber()) ? node.asString() : null;
    }

    public String label() {
        return label;
    }

    public String source() {
        return source;
    }

    /** As given, an ISO 8601 timestamp in SSB's files. */
    public String updated() {
        return updated;
    }

    public List<String> ids() {
        return ids;
    }

    public List<Integer> sizes() {
        return sizes;
    }

    public Dimension dimension(String id) {
        Dimension dimension = dimensions.get(id);
        if (dimension == null) {
            throw new IllegalArgumentException("No dimension " + id);
        }
        return dimension;
    }

    public List<Dimension> dimensions() {
        return List.copyOf(dimensions.values());
    }

    /** The dimensions with a role (time, geo, metric), in the order the file names them. */
    public List<String> role(String role) {
        return roles.getOrDefault(role, List.of());
    }

    public Optional<String> singleRole(String role) {
        List<String> members = role(role);
        return members.size() == 1 ? Optional.of(members.getFirst()) : Optional.empty();
    }

    public int cellCount() {
        return values.length;
    }

    /** Every cell in row-major order (the last dimension changes fastest), missing values as null. */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            cells.add(cell(i));
        }
        return cells;
    }

    /** The cell with these categories, one per dimension. */
    public Optional<Cell> cell(Map<String, String> categories) {
        int position = 0;
        for (int d = 0; d < ids.size(); d++) {
            int index = dimensions.get(ids.get(d)).categories().indexOf(categories.get(ids.get(d)));
            if (index < 0) {
                return Optional.empty();
            }
            position = position * sizes.get(d) + index;
        }
        return Optional.of(cell(position));
    }

    private Cell cell(int position) {
        Map<String, String> categories = new LinkedHashMap<>();
        int rest = position;
        String[] chosen = new String[ids.size()];
        for (int d = ids.size() - 1; d >= 0; d--) {
            chosen[d] = dimensions.get(ids.get(d)).categories().get(rest % sizes.get(d));
            rest /= sizes.get(d);
        }
        for (int d = 0; d < ids.size(); d++) {
            categories.put(ids.get(d), chosen[d]);
        }
        return new Cell(Collections.unmodifiableMap(categories), values[position], statuses[position]);
    }
}
