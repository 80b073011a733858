package no.laget.statistics.internal;


import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonStatTest {

    /** SSB table 07459, population 2022 by municipality, unmodified (src/test/resources/standards/SOURCES.md). */
    static final String SSB_07459 = "standards/jsonstat/download-07459_20220914-092711.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    static String ssbFile() throws IOException {
        // No assumption here: a missing fixture must fail the build, not skip the test.
        try (InputStream in = JsonStatTest.class.getClassLoader().getResourceAsStream(SSB_07459)) {
            assertThat(in).as(SSB_07459).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_ssb_file_is_byte_for_byte_what_ssb_returned() throws Exception {
        byte[] bytes = ssbFile().getBytes(StandardCharsets.UTF_8);
        assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)))
                .as("SHA-256 recorded in src/test/resources/standards/SOURCES.md")
                .isEqualTo("70aa771aacc37c3385baeadff411ffb1e9935e99a9f34cd6f359a1c9722fe5cc");
    }

    @Test
    void reads_the_real_ssb_file() throws IOException {
        JsonStat data = JsonStat.read(ssbFile());

        assertThat(data.label()).isEqualTo("07459: Befolkning, etter region, statistikkvariabel og år");
        assertThat(data.source()).isEqualTo("Statistisk sentralbyrå");
        assertThat(data.updated()).isEqualTo("2022-02-24T07:00:00Z");
        assertThat(data.ids()).containsExactly("Region", "ContentsCode", "Tid");
        assertThat(data.sizes()).containsExactly(359, 1, 1);
        assertThat(data.singleRole("geo")).contains("Region");
        assertThat(data.singleRole("time")).contains("Tid");
        assertThat(data.singleRole("metric")).contains("ContentsCode");
        assertThat(data.dimension("Region").label("K-3001")).isEqualTo("Halden");
        assertThat(data.dimension("Region").label("K-3401")).isEqualTo("Kongsvinger");
        assertThat(data.dimension("ContentsCode").units()).containsEntry("Personer1", "personer");
        assertThat(data.cells()).hasSize(359);
        assertSpotChecks(data);
    }

    @Test
    void reads_the_same_cells_with_the_index_as_an_array() throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(ssbFile());
        for (JsonNode dimension : root.get("dimension").values()) {
            ObjectNode category = (ObjectNode) dimension.get("category");
            JsonNode index = category.get("index");
            assertThat(index.isObject()).as("SSB gives the index as an object").isTrue();
            String[] ordered = new String[index.size()];
            index.properties().forEach(entry -> ordered[entry.getValue().intValue()] = entry.getKey());
            ArrayNode array = category.putArray("index");
            for (String id : ordered) {
                array.add(id);
            }
        }

        JsonStat variant = JsonStat.read(MAPPER.writeValueAsString(root));

        assertSpotChecks(variant);
        assertThat(variant.cells()).isEqualTo(JsonStat.read(ssbFile()).cells());
    }

    @Test
    void reads_the_same_cells_from_sparse_values_and_statuses() throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(ssbFile());
        JsonNode dense = root.get("value");
        ObjectNode sparse = root.putObject("value");
        for (int i = 0; i < dense.size(); i++) {
            if (dense.get(i).intValue() != 0) { // zeros left out, as missing
                sparse.set(String.valueOf(i), dense.get(i));
            }
        }
        root.putObject("status").put("5", "p");

        JsonStat variant = JsonStat.read(MAPPER.writeValueAsString(root));

        assertSpotChecks(variant);
        assertThat(variant.cells()).hasSize(359);
        assertThat(cell(variant, "K-21-22").value()).as("left out of a sparse value means missing").isNull();
        assertThat(cell(variant, "K-3006").status()).isEqualTo("p");
        assertThat(cell(variant, "K-3001").status()).isNull();
        JsonStat original = JsonStat.read(ssbFile());
        for (int i = 0; i < 359; i++) {
            BigDecimal expected = original.cells().get(i).value();
            assertThat(variant.cells().get(i).value())
                    .isEqualTo(expected.signum() == 0 ? null : expected);
        }
    }

    @Test
    void reads_a_small_hand_made_dataset_with_a_status_for_all_and_decimals() {
        JsonStat data = JsonStat.read("""
                {"version":"2.0","class":"dataset","id":["region","tid"],"size":[2,2],
                 "dimension":{"region":{"category":{"index":["3101","0"],"label":{"3101":"Halden","0":"Hele landet"}}},
                              "tid":{"category":{"index":{"2023":0,"2024":1}}}},
                 "value":[12.5,null,11.8,11.5],"status":"p"}""");

        assertThat(data.cells()).hasSize(4);
        assertThat(data.cell(Map.of("region", "3101", "tid", "2023")).orElseThrow().value()).isEqualByComparingTo("12.5");
        assertThat(data.cell(Map.of("region", "3101", "tid", "2024")).orElseThrow().value()).isNull();
        assertThat(data.cell(Map.of("region", "0", "tid", "2024")).orElseThrow().value()).isEqualByComparingTo("11.5");
        assertThat(data.cells()).allMatch(cell -> "p".equals(cell.status()));
        assertThat(data.dimension("tid").label("2024")).isEqualTo("2024");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not json            | {"class": "dataset",                                                       | statistics.jsonstat.not-json
            an array            | [1, 2, 3]                                                                  | statistics.jsonstat.not-json
            a collection        | {"class":"collection","link":{"item":[]}}                                  | statistics.jsonstat.not-dataset
            JSON-stat 1.0       | {"dataset":{"dimension":{},"value":[]}}                                    | statistics.jsonstat.not-dataset
            no id               | {"class":"dataset","size":[1],"dimension":{},"value":[1]}                  | statistics.jsonstat.missing-id
            no size             | {"class":"dataset","id":["a"],"dimension":{},"value":[1]}                  | statistics.jsonstat.missing-size
            no dimension        | {"class":"dataset","id":["a"],"size":[1],"value":[1]}                      | statistics.jsonstat.missing-dimension
            id and size differ  | {"class":"dataset","id":["a","b"],"size":[1],"dimension":{},"value":[1]}   | statistics.jsonstat.id-size-mismatch
            dimension missing   | {"class":"dataset","id":["a"],"size":[1],"dimension":{},"value":[1]}       | statistics.jsonstat.unknown-dimension
            too few categories  | {"class":"dataset","id":["a"],"size":[2],"dimension":{"a":{"category":{"index":["x"]}}},"value":[1,2]} | statistics.jsonstat.category-size-mismatch
            index out of size   | {"class":"dataset","id":["a"],"size":[1],"dimension":{"a":{"category":{"index":{"x":3}}}},"value":[1]} | statistics.jsonstat.category-size-mismatch
            no value            | {"class":"dataset","id":["a"],"size":[1],"dimension":{"a":{"category":{"index":["x"]}}}}             | statistics.jsonstat.missing-value
            too many values     | {"class":"dataset","id":["a"],"size":[1],"dimension":{"a":{"category":{"index":["x"]}}},"value":[1,2]} | statistics.jsonstat.value-count-mismatch
            too few values      | {"class":"dataset","id":["a"],"size":[2],"dimension":{"a":{"category":{"index":["x","y"]}}},"value":[1]} | statistics.jsonstat.value-count-mismatch
            sparse out of range | {"class":"dataset","id":["a"],"size":[1],"dimension":{"a":{"category":{"index":["x"]}}},"value":{"1":5}} | statistics.jsonstat.value-index-out-of-range
            sparse key not int  | {"class":"dataset","id":["a"],"size":[1],"dimension":{"a":{"category":{"index":["x"]}}},"value":{"x":5}} | statistics.jsonstat.value-index-out-of-range
            value is text       | {"class":"dataset","id":["a"],"size":[1],"dimension":{"a":{"category":{"index":["x"]}}},"value":["12"]} | statistics.jsonstat.value-not-number
            """)
    void refuses_what_is_not_a_json_stat_dataset(String what, String json, String messageKey) {
        assertThatThrownBy(() -> JsonStat.read(json))
                .isInstanceOfSatisfying(JsonStatException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    @Test
    void every_refusal_has_a_text_in_bokmal() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages-statistics.properties")) {
            texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        String source = Files.readString(Path.of("src/main/java/no/laget/statistics/internal/JsonStat.java"));
        var keys = java.util.regex.Pattern.compile("\"(statistics\\.jsonstat\\.[a-z-]+)\"").matcher(source)
                .results().map(m -> m.group(1)).distinct().toList();
        assertThat(keys).hasSizeGreaterThan(10);
        assertThat(texts.stringPropertyNames()).containsAll(keys);
        assertThat(texts.values().toString().toLowerCase()).doesNotContain("ugyldig", "vennligst");
    }

    private static void assertSpotChecks(JsonStat data) {
        assertThat(cell(data, "K-3001").value()).isEqualByComparingTo("31444"); // Halden
        assertThat(cell(data, "K-3401").value()).isEqualByComparingTo("17949"); // Kongsvinger
        assertThat(cell(data, "K-0301").value()).isEqualByComparingTo("699827"); // Oslo
        assertThat(cell(data, "K-4601").value()).isEqualByComparingTo("286930"); // Bergen
    }

    private static JsonStat.Cell cell(JsonStat data, String region) {
        return data.cell(Map.of("Region", region, "ContentsCode", "Personer1", "Tid", "2022")).orElseThrow();
    }
}
