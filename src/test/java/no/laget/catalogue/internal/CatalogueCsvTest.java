package no.laget.catalogue.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;


import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueCsvTest {

    static final String HEADER = String.join(";", CatalogueCsv.COLUMNS);

    @Test
    void what_is_exported_reads_back_as_the_same_form_even_with_semicolons_quotes_and_line_breaks() {
        Measure measure = new Measure(42, "Kurs; «trygg» i \"hverdagen\"", "Første linje.\nAndre linje; med semikolon.",
                null, "Halden Frivilligsentral", PreventionLevel.SELECTIVE, 3, 9, List.of(Topic.PARENTING, Topic.FAMILY),
                false, AccessRoute.REFERRAL, "Sentralen, tlf. 69 17 00 50", null, true);

        List<CatalogueCsv.Row> rows = CatalogueCsv.read(CatalogueCsv.decode(CatalogueCsv.export(List.of(measure))));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.id()).isEqualTo("42");
            assertThat(row.active()).isEqualTo("ja");
            assertThat(row.form()).isEqualTo(new MeasureForm(measure.name(), measure.description(), "",
                    "Halden Frivilligsentral", "SELECTIVE", "3", "9", List.of("PARENTING", "FAMILY"), "nei", "REFERRAL",
                    "Sentralen, tlf. 69 17 00 50", "", null));
        });
    }

    @Test
    void text_that_excel_would_run_as_a_formula_is_exported_inert_and_read_back_as_typed() {
        Measure measure = new Measure(7, "=HYPERLINK(\"http://example.com\")", "-minus først", null, "@org",
                PreventionLevel.UNIVERSAL, 0, 5, List.of(Topic.FAMILY), true, AccessRoute.REFERRAL, "+47 69 17 00 00",
                null, true);

        String csv = CatalogueCsv.decode(CatalogueCsv.export(List.of(measure)));
        MeasureForm form = CatalogueCsv.read(csv).getFirst().form();

        assertThat(csv).contains(";\"'=HYPERLINK(\"\"http://example.com\"\")\";'-minus først;;'@org;");
        assertThat(form.name()).isEqualTo(measure.name());
        assertThat(form.description()).isEqualTo("-minus først");
        assertThat(form.providerName()).isEqualTo("@org");
        assertThat(form.contact()).isEqualTo("+47 69 17 00 00");
    }

    @Test
    void rows_are_numbered_as_the_spreadsheet_shows_them_whatever_line_breaks_a_cell_holds() {
        String csv = HEADER + "\n"
                + ";A;\"to\nlinjer\";;Org;UNIVERSAL;0;5;FAMILY;ja;REFERRAL;Tlf;;\n"
                + ";;;;;;;;;;;;;\n"
                + ";B;Beskrivelse;;Org;UNIVERSAL;0;5;FAMILY;ja;REFERRAL;Tlf;;\n";

        List<CatalogueCsv.Row> rows = CatalogueCsv.read(csv);

        assertThat(rows).extracting(CatalogueCsv.Row::number).containsExactly(2, 4);
        assertThat(rows.get(0).form().description()).isEqualTo("to\nlinjer");
    }

    @Test
    void a_file_from_plain_excel_in_windows_1252_with_commas_is_read_too() {
        String csv = "name,description,provider_unit_id,provider_name,prevention_level,age_from,age_to,topics,free,"
                + "access,contact\r\nÅpen gymsal,Fotball på fredager,,Ørje IL,UNIVERSAL,10,16,LEISURE,ja,SELF_REFERRAL,"
                + "Tlf. 69 17 03 03\r\n";

        List<CatalogueCsv.Row> rows = CatalogueCsv.read(CatalogueCsv.decode(csv.getBytes(Charset.forName("windows-1252"))));

        assertThat(rows.getFirst().form().name()).isEqualTo("Åpen gymsal");
        assertThat(rows.getFirst().form().providerName()).isEqualTo("Ørje IL");
        assertThat(rows.getFirst().id()).isEmpty();
    }

    @Test
    void a_byte_order_mark_is_not_part_of_the_first_column_name() {
        byte[] withBom = ("\uFEFF" + HEADER + "\n;A;B;;Org;UNIVERSAL;0;5;FAMILY;ja;REFERRAL;Tlf;;\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(CatalogueCsv.read(CatalogueCsv.decode(withBom))).hasSize(1);
    }

    @Test
    void missing_columns_are_named_and_an_empty_or_broken_file_is_refused() {
        assertThatThrownBy(() -> CatalogueCsv.read("name;description;topics\nA;B;FAMILY\n"))
                .isInstanceOfSatisfying(CatalogueCsv.RefusedFile.class, refused -> {
                    assertThat(refused.messageKey).isEqualTo("catalogue.import.file.missing-columns");
                    assertThat(refused.args).containsExactly(
                            "provider_unit_id, provider_name, prevention_level, age_from, age_to, free, access, contact");
                });
        assertThatThrownBy(() -> CatalogueCsv.read(" \n"))
                .hasFieldOrPropertyWithValue("messageKey", "catalogue.import.file.empty");
        assertThatThrownBy(() -> CatalogueCsv.read(HEADER + "\n"))
                .hasFieldOrPropertyWithValue("messageKey", "catalogue.import.file.no-rows");
        assertThatThrownBy(() -> CatalogueCsv.read(HEADER + "\n;\"uten slutt;B\n"))
                .hasFieldOrPropertyWithValue("messageKey", "catalogue.import.file.unreadable");
    }
}
