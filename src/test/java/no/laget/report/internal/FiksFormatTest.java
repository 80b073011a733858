package no.laget.report.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;

import no.laget.child.IdentityNumber;
import no.laget.platform.time.Oslo;
import no.laget.report.internal.ReportOfConcern.Reporter;
import no.laget.report.internal.ReportOfConcern.ReportedChild;
import no.laget.report.internal.ReportOfConcern.ReportedGuardian;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Laget's reports in KS Fiks's national format, checked against the schema the way the receiver would. */
class FiksFormatTest {

    /** KS's example of a public report, kept in the repository (src/test/resources/standards/SOURCES.md). */
    private static final String EXAMPLE = "standards/fiks-bekymringsmelding/examples/offentligBekymringsmeldingV2.json";
    private final FiksSchema schema = new FiksSchema();

    /**
     * The copies in src/main/resources/fiks are KS's files byte for byte: the SHA-256 of each original (commit
     * 364c1fff of ks-no/fiks-io-bekymringsmelding-protokoll, recorded in src/main/resources/fiks/SOURCES.md) is
     * written here too, so a changed copy fails even when its SOURCES.md is changed with it.
     */
    @Test
    void the_copied_schema_files_are_kss_originals_byte_for_byte() throws IOException {
        assertThat(sha256(new ClassPathResource(FiksSchema.SCHEMA_PATH).getContentAsByteArray()))
                .isEqualTo("9e5889f5306dc9bedbf7ce23fc81ee3d0c75b4941ec659d5b1240e461abd72d7");
        assertThat(sha256(new ClassPathResource(FiksSchema.ADDRESS_PATH).getContentAsByteArray()))
                .isEqualTo("6e305ba4ae41123c4e0655a78f48e831ffe4f838cfc56686827faa271fc9b142");
    }

    @Test
    void the_example_is_kss_with_only_its_two_identity_numbers_made_synthetic() throws IOException {
        String example = example();
        assertThat(sha256(example.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("fe531902b20d66ae2a1e20025679d2d90ce6adc3c6d88884a7546db228b4b70e");
        List<String> numbers = JsonMapper.shared().readTree(example).findValues("fnr").stream()
                .map(JsonNode::asString).toList();
        assertThat(numbers).hasSize(2).allSatisfy(number ->
                assertThat(IdentityNumber.parse(number).kind()).isEqualTo(IdentityNumber.Kind.SYNTHETIC_TENOR));
    }

    @Test
    void the_schemas_own_example_validates_and_survives_lagets_reader_and_writer() throws IOException {
        String example = example();
        assertThat(schema.problems(example)).isEmpty();

        ReportOfConcern read = FiksFormat.read(example);
        assertThat(read.municipalityNumber()).isEqualTo("1201");
        assertThat(read.children()).hasSize(2);
        // The example's own number is compared, not copied: Laget's code holds synthetic numbers only.
        String firstChildsNumber = JsonMapper.builder().build().readTree(example).findValue("fnr").asString();
        assertThat(read.children().getFirst().identityNumber()).isNotBlank().isEqualTo(firstChildsNumber);
        assertThat(read.children().getFirst().told()).isFalse();
        assertThat(read.children().getFirst().notToldReason()).isEqualTo("Synes det er vanskelig å snakke om dette.");
        assertThat(read.guardians()).singleElement().satisfies(g -> assertThat(g.told()).isTrue());
        assertThat(read.reporter().email()).isEqualTo("lærer@skole.no");
        assertThat(read.interpreterNeeded()).isFalse();
        assertThat(read.concern()).isEqualTo("Her kommer selve innholdet i bekymringsmeldingen!");

        String again = FiksFormat.write(read);
        assertThat(schema.problems(again)).isEmpty();
        assertThat(FiksFormat.read(again)).isEqualTo(read);
    }

    @Test
    void the_schema_refuses_what_the_form_refuses_and_the_reference_to_the_address_schema_is_resolved() {
        String good = FiksFormat.write(report(new Random(1)));
        assertThat(schema.problems(good)).isEmpty();
        for (String email : List.of("ola+test@kommune.no", "ola@kommune", "ola kommune@x.no", "@kommune.no", "ola@kommune.n")) {
            assertThat(schema.acceptsEmail(email)).as(email).isFalse();
            assertThat(schema.problems(with(good, "offentligMelder", "epost", email))).as(email).isNotEmpty();
        }
        for (String phone : List.of("69 17 00 00 (jobb)", "tlf. 69170000", "69--17", "+", "")) {
            assertThat(schema.acceptsPhone(phone)).as(phone).isFalse();
            assertThat(schema.problems(with(good, "offentligMelder", "telefonnummer", phone))).as(phone).isNotEmpty();
        }
        assertThat(schema.acceptsEmail("kari.nordmann@halden.kommune.no")).isTrue();
        assertThat(schema.acceptsEmail("åse_ø-b@skole.no")).isTrue();
        assertThat(schema.acceptsPhone("+47 69 17 00 00")).isTrue();
        assertThat(schema.acceptsPhone("69-17-00-00")).isTrue();
        // adresse.json requires adresselinje1: only a resolved $ref can know that
        ObjectNode root = (ObjectNode) JsonMapper.shared().readTree(good);
        ((ObjectNode) root.path("offentligBarn").get(0).path("adresse")).remove("adresselinje1");
        assertThat(schema.problems(root.toString())).anySatisfy(p -> assertThat(p).contains("required"));
    }

    @Test
    void two_hundred_generated_reports_all_validate_and_read_back_as_written() {
        Random random = new Random(20260323);
        for (int i = 0; i < 200; i++) {
            ReportOfConcern report = report(random);
            String json = FiksFormat.write(report);
            assertThat(schema.problems(json)).as("report %d: %s", i, json).isEmpty();
            assertThat(FiksFormat.read(json)).as("report %d", i).isEqualTo(normalised(report));
        }
    }

    @Test
    void an_unborn_childs_due_date_and_the_grounds_travel_in_the_text_fields() {
        ReportOfConcern report = report(new Random(7));
        ReportedChild unborn = new ReportedChild(null, null, true, LocalDate.of(2026, 5, 1), "Ufødt", "barn", "Storgata 1",
                false, "Mor er ikke informert ennå");
        ReportOfConcern withUnborn = new ReportOfConcern(report.municipalityNumber(), report.municipalityName(),
                EnumSet.of(ReportGround.NEGLECT_OR_MISTREATMENT, ReportGround.TRAFFICKING), "Bekymring", "Historie",
                null, true, "arabisk", null, report.reporter(), List.of(unborn), report.guardians(), report.sentAt());
        String json = FiksFormat.write(withUnborn);
        assertThat(json).contains("\"personnavn\":\"Ufødt barn (termin 1.5.2026)\"", "\"ufoedt\":true", "\"fnr\":\"\"",
                "Grunnlag: Mishandling eller alvorlig omsorgssvikt; menneskehandel.", "\"behovForTolk\":\"Ja, språk: arabisk\"");
        assertThat(schema.problems(json)).isEmpty();
        assertThat(FiksFormat.read(json)).isEqualTo(withUnborn);
    }

    private static String example() throws IOException {
        return new ClassPathResource(EXAMPLE).getContentAsString(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- generated reports ----------------------------------------------------------------------------------------

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅéü";
    private static final String FREE = LETTERS + "0123456789 .,;:!?\"'()/\\-–«»%&<>{}[]@#*\n\t😀";

    static ReportOfConcern report(Random random) {
        Set<ReportGround> grounds = EnumSet.noneOf(ReportGround.class);
        for (ReportGround ground : ReportGround.values()) {
            if (random.nextInt(3) == 0) {
                grounds.add(ground);
            }
        }
        if (grounds.isEmpty()) {
            grounds.add(ReportGround.values()[random.nextInt(ReportGround.values().length)]);
        }
        List<ReportedChild> children = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            boolean unborn = random.nextInt(5) == 0;
            boolean told = random.nextBoolean();
            children.add(new ReportedChild(null, unborn ? null : digits(random, 11), unborn,
                    unborn ? LocalDate.of(2026, 1, 1).plusDays(random.nextInt(400)) : null, word(random), word(random),
                    line(random), told, told ? null : line(random)));
        }
        List<ReportedGuardian> guardians = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            boolean told = random.nextBoolean();
            guardians.add(new ReportedGuardian(word(random) + " " + word(random),
                    random.nextBoolean() ? null : digits(random, 8), told, told ? null : line(random)));
        }
        boolean interpreter = random.nextBoolean();
        Reporter reporter = new Reporter(word(random) + " " + word(random), word(random), phone(random), email(random),
                line(random), random.nextBoolean() ? null : line(random));
        return new ReportOfConcern(digits(random, 4), word(random) + " kommune", grounds, text(random, 400),
                text(random, 200), random.nextBoolean() ? null : text(random, 100), interpreter,
                interpreter ? word(random) : null, random.nextBoolean() ? null : text(random, 50), reporter, children,
                guardians, OffsetDateTime.of(2020 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28),
                        random.nextInt(24), random.nextInt(60), random.nextInt(60), 0, ZoneOffset.UTC)
                        .atZoneSameInstant(Oslo.ZONE).toOffsetDateTime());
    }

    /** What the one-line fields become in the format: line breaks folded, ends trimmed. */
    private static ReportOfConcern normalised(ReportOfConcern r) {
        return new ReportOfConcern(r.municipalityNumber(), r.municipalityName(), r.grounds(), r.concern(), r.history(),
                r.otherViews(), r.interpreterNeeded(), r.interpreterLanguage(), r.otherServices(),
                new Reporter(r.reporter().name(), FiksFormat.line(r.reporter().role()), r.reporter().phone(),
                        r.reporter().email(), FiksFormat.line(r.reporter().unitName()),
                        r.reporter().unitAddress() == null ? null : FiksFormat.line(r.reporter().unitAddress())),
                r.children().stream().map(c -> new ReportedChild(c.childId(), c.identityNumber(), c.unborn(), c.dueDate(),
                        c.givenName(), c.familyName(), FiksFormat.line(c.address()), c.told(),
                        c.notToldReason() == null ? null : FiksFormat.line(c.notToldReason()))).toList(),
                r.guardians().stream().map(g -> new ReportedGuardian(g.name(), g.phone(), g.told(),
                        g.notToldReason() == null ? null : FiksFormat.line(g.notToldReason()))).toList(),
                r.sentAt());
    }

    private static String word(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(10); i < n; i++) {
            s.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return s.toString();
    }

    /** Free text with line breaks inside, never at the ends (Laget trims what is typed). */
    private static String line(Random random) {
        return "x" + text(random, 40) + "y";
    }

    private static String text(Random random, int max) {
        StringBuilder s = new StringBuilder("T");
        for (int i = 0, n = random.nextInt(max); i < n; i++) {
            s.appendCodePoint(FREE.codePointAt(FREE.offsetByCodePoints(0, random.nextInt(FREE.codePointCount(0, FREE.length())))));
        }
        return s.append('.').toString();
    }

    private static String digits(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }

    private static String phone(Random random) {
        String[] shapes = {digits(random, 8), "+47 " + digits(random, 8), digits(random, 2) + " " + digits(random, 2)
                + " " + digits(random, 2) + " " + digits(random, 2), digits(random, 3) + "-" + digits(random, 5)};
        return shapes[random.nextInt(shapes.length)];
    }

    private static String email(Random random) {
        return word(random).replaceAll("[éü]", "e") + (random.nextBoolean() ? "." + word(random).replaceAll("[éü]", "e") : "")
                + "@" + word(random).replaceAll("[éü]", "e") + ".kommune.no";
    }

    private static String with(String json, String object, String field, String value) {
        ObjectNode root = (ObjectNode) JsonMapper.shared().readTree(json);
        ((ObjectNode) root.path(object)).put(field, value);
        return root.toString();
    }
}
