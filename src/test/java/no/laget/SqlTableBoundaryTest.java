package no.laget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module reads and writes only its own tables (docs/decisions.md): the SQL in a module's Java source (its string
 * literals and text blocks) names no table another module owns; what others need, a module offers through its public
 * face or publishes as an event. The owners are declared here, in one place, and every table the migrations create
 * must have exactly one. The exceptions still standing are listed with their reason; one that is fixed must leave the
 * list (the test says so), and a new one fails it.
 */
class SqlTableBoundaryTest {

    private static final Path SOURCES = Path.of("src/main/java/no/laget");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Who owns which table: the module whose package holds the SQL that keeps it. */
    static final Map<String, Set<String>> OWNERS = Map.ofEntries(
            Map.entry("platform", Set.of("spring_session", "spring_session_attributes", "shedlock", "login_failure",
                    "event_publication")),
            Map.entry("organisation", Set.of("municipality", "unit", "unit_type_category", "employee", "employee_role",
                    "system_client")),
            Map.entry("access", Set.of("access_grant", "access_log", "access_log_chain", "emergency_access")),
            Map.entry("child", Set.of("child", "child_registration", "child_unit", "guardian", "serving_claim", "served_snapshot",
                    "served_snapshot_count")),
            Map.entry("consent", Set.of("consent", "consent_answer", "consent_answer_grant", "consent_grant",
                    "consent_guardian", "consent_request", "consent_request_grant")),
            Map.entry("casework", Set.of("anonymous_discussion", "case_evaluation", "case_family_words", "case_goal",
                    "case_handover", "case_level_change", "case_measure", "case_meeting", "case_meeting_family",
                    "case_meeting_mail", "case_meeting_participant", "case_participant", "concern", "concern_step",
                    "individual_plan", "relay_case")),
            Map.entry("deadline", Set.of("deadline", "deadline_mail", "deadline_mark", "deadline_reminder")),
            Map.entry("report", Set.of("report", "report_child", "report_guardian", "report_inbox", "report_letter",
                    "report_outbox")),
            Map.entry("agreement", Set.of("nav_agreement", "nav_agreement_evaluation", "nav_agreement_input",
                    "nav_agreement_meeting", "nav_agreement_party", "nav_agreement_routine")),
            Map.entry("emergency", Set.of("nav_emergency_card", "nav_emergency_topup", "nav_emergency_use")),
            Map.entry("transition", Set.of("nav_child_welfare_measure", "nav_transition", "nav_transition_measure")),
            Map.entry("catalogue", Set.of("measure", "catalogue_import", "catalogue_import_problem")),
            Map.entry("plan", Set.of("plan", "plan_action", "plan_action_status", "plan_area", "plan_goal",
                    "plan_strategy", "plan_target")),
            Map.entry("statistics", Set.of("indicator", "indicator_value")),
            Map.entry("feedback", Set.of("feedback_answer", "feedback_family_invitation", "feedback_invitation")),
            Map.entry("family", Set.of("family_member", "family_notice", "family_notice_address")),
            Map.entry("archive", Set.of("archive_document", "archive_extract_job", "archive_file", "archive_record",
                    "archive_record_reader_unit")),
            Map.entry("interest", Set.of("best_interest_note")),
            Map.entry("demo", Set.of("dataset_run")));

    /** Modules that may read every table, and why. */
    static final Map<String, String> READ_ALL = Map.of(
            "demo", "writes the synthetic dataset of every module in one transaction (laget dataset), and no production data");

    /**
     * Tables any module may read (never write), shared on purpose, and why. Functions and views shared on purpose
     * ({@code access_basis}, the door's one rule in SQL) are not tables and need no entry.
     */
    static final Map<String, String> SHARED_READS = Map.of(
            "child", "a list shows the child's name from the same statement that joins the door's filter "
                    + "(access.ChildDataFilter joins child c), so it never shows a row the door would refuse",
            "unit", "the organisation's directory: which unit, for names and for the rule 'my unit'",
            "employee", "the organisation's directory: who, for names and for 'the person's unit'");

    /**
     * The crossings still standing: "module -> table" and why. Each is a debt with a reason, not a permission to copy.
     */
    static final Map<String, String> EXCEPTIONS = Map.ofEntries(
            Map.entry("access -> consent", "the door decides by consents (access_basis reads consent_grant in SQL); "
                    + "the access log's reader and the denial reasons read the same rows to say which consent"),
            Map.entry("access -> consent_grant", "as access -> consent: DenialReasons says which grant is missing"),
            Map.entry("access -> guardian", "the family's door decides by parental responsibility (FamilyDoor); the "
                    + "child module owns who is a guardian and access may not depend on child (child depends on access)"),
            Map.entry("casework -> deadline", "'my measures' and the concerns on 'Mine saker og frister' read the open "
                    + "evaluation and decision duty (a person's mark included) in the one statement that joins the door's "
                    + "filter; casework would have to keep the evaluation state itself and hear of marks, and an event "
                    + "from deadline to casework would close a module cycle (deadline listens to casework)"),
            Map.entry("casework -> employee_role", "a case's possible coordinators are employees with a role "
                    + "(CaseRepository); organisation offers no query for it yet"),
            Map.entry("child -> consent", "'my children' lists a child the unit reaches under a consent, in the statement "
                    + "that lists them (ChildRepository); the same rule access_basis holds"),
            Map.entry("child -> consent_grant", "as child -> consent"),
            Map.entry("child -> emergency_access", "as child -> consent: a child reached by an emergency access is listed"),
            Map.entry("consent -> guardian", "a consent request is answered by the guardians with parental "
                    + "responsibility, read with the request (ConsentRequestRepository)"));

    private static final Pattern WRITE = Pattern.compile("\\b(?:into|update|delete\\s+from)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)\\b");

    private static final Pattern TABLE_AFTER = Pattern.compile(
            "\\b(?:from|join|into|update|using|table)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)\\b(?!\\s*\\()");

    @Test
    void every_table_the_migrations_create_has_one_owner() throws IOException {
        Set<String> created = createdTables();
        Map<String, List<String>> owners = new TreeMap<>();
        OWNERS.forEach((module, tables) -> tables.forEach(t -> owners.computeIfAbsent(t, k -> new ArrayList<>()).add(module)));
        assertThat(created).as("tables without an owner in SqlTableBoundaryTest.OWNERS").isSubsetOf(owners.keySet());
        assertThat(owners.keySet()).as("owned tables no migration creates").isSubsetOf(created);
        owners.forEach((table, modules) -> assertThat(modules).as(table).hasSize(1));
    }

    @Test
    void a_module_s_sql_names_only_its_own_tables() throws IOException {
        Map<String, String> owner = new TreeMap<>();
        OWNERS.forEach((module, tables) -> tables.forEach(t -> owner.put(t, module)));
        Map<String, Set<String>> crossings = new TreeMap<>();
        try (Stream<Path> modules = Files.list(SOURCES)) {
            for (Path dir : modules.filter(Files::isDirectory).toList()) {
                String module = dir.getFileName().toString();
                if (READ_ALL.containsKey(module)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        for (String literal : literals(Files.readString(file))) {
                            Matcher m = TABLE_AFTER.matcher(literal.toLowerCase(java.util.Locale.ROOT));
                            while (m.find()) {
                                String table = m.group(1);
                                String tableOwner = owner.get(table);
                                boolean write = writes(literal.toLowerCase(java.util.Locale.ROOT), table);
                                if (tableOwner != null && !tableOwner.equals(module)
                                        && (write || !SHARED_READS.containsKey(table))) {
                                    crossings.computeIfAbsent(module + " -> " + table, k -> new TreeSet<>())
                                            .add(SOURCES.relativize(file).toString());
                                }
                            }
                        }
                    }
                }
            }
        }
        Map<String, Set<String>> unexplained = new TreeMap<>(crossings);
        unexplained.keySet().removeAll(EXCEPTIONS.keySet());
        assertThat(unexplained).as("SQL that names another module's table (offer it through the owner's face, or "
                + "publish an event)").isEmpty();
        assertThat(crossings.keySet()).as("exceptions that no longer cross: remove them from EXCEPTIONS")
                .containsAll(EXCEPTIONS.keySet());
    }

    @Test
    void the_scanner_finds_tables_in_text_blocks_and_strings_but_not_in_comments() {
        String source = """
                class X {
                    // select * from deadline
                    String a = \"""
                            select d.id from deadline d join child c on c.id = d.child_id
                            \""";
                    String b = "update consent set x = 1 where \\"y\\" = 'z'";
                    char c = '"';
                    /* insert into unit */
                }
                """;
        List<String> found = new ArrayList<>();
        for (String literal : literals(source)) {
            Matcher m = TABLE_AFTER.matcher(literal);
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        assertThat(found).containsExactly("deadline", "child", "consent");
        assertThat(writes("update consent set x = 1", "consent")).isTrue();
        assertThat(writes("select 1 from consent", "consent")).isFalse();
    }

    private static boolean writes(String sql, String table) {
        Matcher m = WRITE.matcher(sql);
        while (m.find()) {
            if (m.group(1).equals(table)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> createdTables() throws IOException {
        Pattern create = Pattern.compile("create table (?:if not exists )?([a-z_0-9]+)");
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
                try {
                    Matcher m = create.matcher(Files.readString(f).toLowerCase(java.util.Locale.ROOT));
                    while (m.find()) {
                        tables.add(m.group(1));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return tables;
    }

    /** The string literals and text blocks of a Java source, comments and character literals skipped. */
    static List<String> literals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2);
                i = i < 0 ? n : i + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end;
                literals.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < n && source.charAt(j) != c) {
                    if (source.charAt(j) == '\\') {
                        j++;
                    }
                    if (j < n) {
                        text.append(source.charAt(j));
                    }
                    j++;
                }
                if (c == '"') {
                    literals.add(text.toString());
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }
}
