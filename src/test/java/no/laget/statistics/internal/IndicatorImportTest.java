package no.laget.statistics.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import no.laget.statistics.internal.ImportReport.Outcome;
import no.laget.statistics.internal.ImportReport.Refusal;
import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

@LagetTest
class IndicatorImportTest {


    /** SSB table 07459, population 2022 by municipality, unmodified (src/test/resources/standards/SOURCES.md). */
    private static String ssb07459() throws IOException {
        return new ClassPathResource("standards/jsonstat/download-07459_20220914-092711.json")
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Autowired
    IndicatorImport importer;

    @Autowired
    JdbcClient jdbc;

    /** One line of every kind of mistake, between good lines. */
    private static final String MIXED = """
            indicator;region;period;value;unit;source
            low-income-MIX;3101;2024;12,4;prosent;SSB
            low-income-MIX;9999;2024;12,4;prosent;SSB
            low-income-MIX;3101;2019-21;12,4;prosent;SSB
            low-income-MIX;31;2024;-1;prosent;SSB
            low-income-MIX;0;2024;mange;prosent;SSB
            low-income-MIX;3001;2023;12,7;prosent;SSB
            low-income-MIX;3001;2023;12,8;prosent;SSB
            low-income-MIX;0;2023;;prosent;SSB
            low-income-MIX;0;2024;11,5
            low-income-MIX;31;2023;12,2;prosent;SSB
            """;

    @Test
    void stores_a_good_csv_file_with_semicolons_and_decimal_commas() {
        ImportReport report = importer.importCsv("""
                indicator;region;period;value;unit;source;name
                low-income-A;3001;2019-2021;12,5;prosent;SSB;Barn i husholdninger med lavinntekt
                low-income-A;K-3101;2024;12,4;prosent;SSB;Barn i husholdninger med lavinntekt

                low-income-A;30;2019-2021;12,2;prosent;SSB;Barn i husholdninger med lavinntekt
                low-income-A;0;2019-2021;11,5;prosent;SSB;Barn i husholdninger med lavinntekt
                low-income-A;0;2024;..;prosent;SSB;Barn i husholdninger med lavinntekt
                """, ImportMode.ALL_OR_NOTHING);

        assertThat(report.outcome()).isEqualTo(Outcome.ALL_STORED);
        assertThat(report.read()).isEqualTo(5);
        assertThat(report.stored()).isEqualTo(5);
        assertThat(report.refusals()).isEmpty();
        assertThat(stored("low-income-A")).containsExactlyInAnyOrder(
                "0 COUNTRY 2019-2021 11.5 null", "0 COUNTRY 2024 null ..", "30 COUNTY 2019-2021 12.2 null",
                "3001 MUNICIPALITY 2019-2021 12.5 null", "3101 MUNICIPALITY 2024 12.4 null");
        assertThat(jdbc.sql("select name || '|' || unit || '|' || source from indicator where code = 'low-income-A'")
                .query(String.class).single()).isEqualTo("Barn i husholdninger med lavinntekt|prosent|SSB");
    }

    @Test
    void reads_commas_and_quotes_and_columns_in_any_order() {
        ImportReport report = importer.importCsv("""
                \uFEFFRegion,Value,Period,Indicator,Unit,Source
                3101,"31 444",2022,population-B,personer,"Statistisk sentralbyrå, tabell 07459"
                3401,17949,2022,population-B,personer,"Statistisk sentralbyrå, tabell 07459"
                """, ImportMode.ALL_OR_NOTHING);

        assertThat(report.refusals()).isEmpty();
        assertThat(stored("population-B")).containsExactlyInAnyOrder("3101 MUNICIPALITY 2022 31444 null",
                "3401 MUNICIPALITY 2022 17949 null");
    }

    @Test
    void stores_the_good_rows_and_reports_every_bad_one_by_line() {
        ImportReport report = importer.importCsv(MIXED.replace("MIX", "C"), ImportMode.STORE_GOOD_ROWS);

        assertThat(report.outcome()).isEqualTo(Outcome.GOOD_ROWS_STORED);
        assertThat(report.read()).isEqualTo(10);
        assertThat(report.stored()).isEqualTo(2);
        assertThat(report.refusals()).extracting(Refusal::line, r -> r.reason().messageKey()).containsExactly(
                tuple(3, "statistics.import.unknown-region"),
                tuple(4, "statistics.import.bad-period"),
                tuple(5, "statistics.import.negative"),
                tuple(6, "statistics.import.value-not-number"),
                tuple(7, "statistics.import.duplicate"),
                tuple(8, "statistics.import.duplicate"),
                tuple(9, "statistics.import.value-missing"),
                tuple(10, "statistics.csv.field-count"));
        assertThat(report.refusals().get(4).reason().arguments()).containsExactly("2023", "7, 8");
        assertThat(report.refusals().get(0).reason().arguments()).containsExactly("9999");
        assertThat(stored("low-income-C")).containsExactlyInAnyOrder("3101 MUNICIPALITY 2024 12.4 null",
                "31 COUNTY 2023 12.2 null");
    }

    @Test
    void all_or_nothing_stores_nothing_when_one_row_is_bad() {
        ImportReport report = importer.importCsv(MIXED.replace("MIX", "D"), ImportMode.ALL_OR_NOTHING);

        assertThat(report.outcome()).isEqualTo(Outcome.NOTHING_STORED);
        assertThat(report.stored()).isZero();
        assertThat(report.refusals()).hasSize(8);
        assertThat(stored("low-income-D")).isEmpty();
        assertThat(jdbc.sql("select count(*) from indicator where code = 'low-income-D'").query(Integer.class)
                .single()).isZero();
    }

    @Test
    void refuses_a_csv_file_without_the_required_columns_and_names_them() {
        ImportReport report = importer.importCsv("""
                indicator;region;year;value
                x;3101;2024;12
                """, ImportMode.STORE_GOOD_ROWS);

        assertThat(report.outcome()).isEqualTo(Outcome.NOTHING_STORED);
        assertThat(report.fileProblem().messageKey()).isEqualTo("statistics.csv.missing-columns");
        assertThat(report.fileProblem().arguments()).containsExactly("period, unit, source");
        assertThat(importer.importCsv("", ImportMode.STORE_GOOD_ROWS).fileProblem().messageKey())
                .isEqualTo("statistics.csv.empty");
    }

    @Test
    void importing_again_replaces_the_figure() {
        importer.importCsv("indicator;region;period;value;unit;source\nrate-E;3101;2024;10;prosent;FHI\n",
                ImportMode.ALL_OR_NOTHING);
        importer.importCsv("indicator;region;period;value;unit;source\nrate-E;3101;2024;11;prosent;FHI\n",
                ImportMode.ALL_OR_NOTHING);

        assertThat(stored("rate-E")).containsExactly("3101 MUNICIPALITY 2024 11 null");
    }

    @Test
    void imports_the_real_ssb_file_and_refuses_the_municipalities_it_does_not_know() throws IOException {
        ImportReport report = importer.importJsonStat(ssb07459(), ImportMode.STORE_GOOD_ROWS);

        assertThat(report.format()).isEqualTo(ImportReport.Format.JSON_STAT);
        assertThat(report.read()).isEqualTo(359);
        // the Østfold municipalities of 2020-2023 (12, with Moss and Indre Østfold) and Kongsvinger and Eidskog
        assertThat(report.stored()).isEqualTo(14);
        assertThat(report.refusals()).hasSize(359 - 14)
                .allMatch(r -> r.reason().messageKey().equals("statistics.import.unknown-region"));
        assertThat(report.refusals()).extracting(Refusal::line).contains(52); // K-0301 Oslo, cell 52
        assertThat(stored("07459/Personer1")).contains("3001 MUNICIPALITY 2022 31444 null",
                "3401 MUNICIPALITY 2022 17949 null");
        assertThat(jdbc.sql("select name || '|' || unit || '|' || source from indicator where code = '07459/Personer1'")
                .query(String.class).single())
                .isEqualTo("07459: Befolkning, etter region, statistikkvariabel og år|personer|Statistisk sentralbyrå");
    }

    @Test
    void refuses_a_file_that_is_not_json_stat_and_stores_nothing() {
        ImportReport report = importer.importJsonStat("{\"class\":\"collection\"}", ImportMode.STORE_GOOD_ROWS);

        assertThat(report.outcome()).isEqualTo(Outcome.NOTHING_STORED);
        assertThat(report.fileProblem().messageKey()).isEqualTo("statistics.jsonstat.not-dataset");
    }

    @Test
    void refuses_a_json_stat_file_that_mixes_several_ages() {
        ImportReport report = importer.importJsonStat("""
                {"class":"dataset","id":["Region","Alder","Tid"],"size":[1,2,1],"role":{"geo":["Region"],"time":["Tid"]},
                 "dimension":{"Region":{"category":{"index":["3101"]}},
                              "Alder":{"label":"alder","category":{"index":["0-5","6-15"]}},
                              "Tid":{"category":{"index":["2024"]}}},
                 "value":[1944,3680]}""", ImportMode.STORE_GOOD_ROWS);

        assertThat(report.fileProblem().messageKey()).isEqualTo("statistics.import.extra-dimension");
        assertThat(report.fileProblem().arguments()).containsExactly("alder");
    }

    @Test
    void every_import_message_has_a_text() {
        var source = new org.springframework.context.support.ResourceBundleMessageSource();
        source.setBasename("messages-statistics");
        source.setDefaultEncoding("UTF-8");
        for (String key : Set.of("statistics.import.unknown-region", "statistics.import.bad-period",
                "statistics.import.negative", "statistics.import.value-not-number", "statistics.import.duplicate",
                "statistics.import.value-missing", "statistics.csv.field-count", "statistics.csv.missing-columns",
                "statistics.csv.empty", "statistics.import.field-missing", "statistics.import.too-long",
                "statistics.import.indicator-differs", "statistics.import.extra-dimension",
                "statistics.import.no-time-dimension", "statistics.import.no-region-dimension")) {
            assertThat(source.getMessage(key, new Object[] {"a", "b"}, java.util.Locale.of("nb"))).doesNotContain(key);
        }
    }

    private List<String> stored(String indicator) {
        return jdbc.sql("""
                select v.region_code || ' ' || v.region_level || ' ' || v.period || ' '
                       || coalesce(v.value::text, 'null') || ' ' || coalesce(v.status, 'null')
                from indicator_value v join indicator i on i.id = v.indicator_id where i.code = ?""")
                .param(indicator).query(String.class).list();
    }
}
