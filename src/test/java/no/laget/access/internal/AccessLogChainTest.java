package no.laget.access.internal;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hashes are a format: rows written before V95 must verify as they did, and the database's half of format 2
 * (sha256 of previous hash + content) must be what the checker recomputes. The expected values were computed outside
 * Java (Python's hashlib over the canonical text written out below).
 */
class AccessLogChainTest {

    private static final AccessLogEntry ENTRY = new AccessLogEntry(OffsetDateTime.parse("2026-12-03T03:10:46.271Z"), 7,
            "laerer", "EMPLOYEE", 4, 21L, "HEALTH", "journal|x", 42L, "READ", "PAGE", "DENIED", null, null, null,
            "NO_CONSENT");

    @Test
    void format_one_hashes_the_previous_hash_with_the_fields_as_before() {
        // 000..0|2026-12-03T03:10:46.271Z|7|laerer|EMPLOYEE|4|21|HEALTH|journal\|x|42|READ|PAGE|DENIED|||||NO_CONSENT
        assertThat(AccessLogChain.hash(AccessLogChain.GENESIS, ENTRY, null)).isEqualTo(FORMAT_1);
    }

    @Test
    void format_two_links_the_previous_hash_to_the_hash_of_the_fields() {
        // 2026-12-03T03:10:46.271Z|7|laerer|EMPLOYEE|4|21|HEALTH|journal\|x|42|READ|PAGE|DENIED|||||NO_CONSENT
        assertThat(AccessLogChain.content(ENTRY, null)).isEqualTo(CONTENT);
        assertThat(AccessLogChain.link(AccessLogChain.GENESIS, CONTENT)).isEqualTo(LINKED);
    }

    @Test
    void format_two_put_a_child_always_in_the_same_chain_and_an_entry_without_a_child_in_its_employees() {
        assertThat(AccessLogChain.chainOf(ENTRY, AccessLogChain.FORMAT_LINKED_CONTENT)).isEqualTo(21);
        AccessLogEntry noChild = new AccessLogEntry(ENTRY.occurredAt(), 130, "admin", "ADMINISTRATOR", 1, null, "BASIC",
                "unit", 1L, "READ", "API", "ALLOWED", "OWN_SERVICE", null, null, null);
        assertThat(AccessLogChain.chainOf(noChild, AccessLogChain.FORMAT_LINKED_CONTENT)).isEqualTo(130 % 64);
    }

    @Test
    void new_rows_go_to_the_chain_of_the_employee_who_acted_whatever_the_child() {
        AccessLogEntry otherChild = new AccessLogEntry(ENTRY.occurredAt(), 7, "laerer", "EMPLOYEE", 4, 99L, "BASIC",
                "my_deadlines", 99L, "READ", "PAGE", "ALLOWED", "OWN_SERVICE", null, null, null);
        assertThat(AccessLogChain.chainOf(ENTRY)).isEqualTo(7);
        assertThat(AccessLogChain.chainOf(otherChild)).isEqualTo(7);
        assertThat(AccessLogChain.chainOf(new AccessLogEntry(ENTRY.occurredAt(), 71, "admin", "ADMINISTRATOR", 1, null,
                "BASIC", "unit", 1L, "READ", "API", "ALLOWED", "OWN_SERVICE", null, null, null))).isEqualTo(71 % 64);
    }

    @Test
    void a_row_with_no_employee_goes_to_its_childs_chain_so_the_family_door_is_not_one_chain() {
        AccessLogEntry family = new AccessLogEntry(ENTRY.occurredAt(), 0, "familie:12", "GUARDIAN", 0, 200L, "BASIC",
                "child", 200L, "READ", "FAMILY", "ALLOWED", "GUARDIAN", null, null, null);
        assertThat(AccessLogChain.chainOf(family)).isEqualTo(200 % 64);
    }

    @Test
    void a_format_no_version_wrote_belongs_to_no_chain() {
        assertThat(AccessLogChain.chainOf(ENTRY, 4)).isEqualTo(-1);
        assertThat(AccessLogChain.chainOf(ENTRY, AccessLogChain.FORMAT_SINGLE_CHAIN)).isZero();
    }

    private static final String FORMAT_1 = "f4083ddb90a168fee8fcba8644564c08b82ad6bcacb7a4018cc4bdf6c7558ad1";
    private static final String CONTENT = "d0f78b5ac1718f4ed27aaffe1c2d85fba9b7c72e020adc34d57aa36d8346ca5d";
    private static final String LINKED = "3c9967350535f350bf2c5cf1cd15108f54f659addf90a4bc0431647783f209d9";
}
