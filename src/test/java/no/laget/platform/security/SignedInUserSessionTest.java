package no.laget.platform.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The signed-in user sits, Java-serialised, in the JDBC session store. A session written by the version before roles
 * were typed (roles as a set of Strings) must still read after an upgrade, with the same roles and authorities.
 */
class SignedInUserSessionTest {

    @Test
    void a_session_stored_with_role_names_reads_as_typed_roles() throws Exception {
        // written by the previous SignedInUser (Set<String> roles): leder, EMPLOYEE and UNIT_LEADER
        SignedInUser user = (SignedInUser) read(Base64.getMimeDecoder().decode(resource("signed-in-user-string-roles.base64")));

        assertThat(user.username()).isEqualTo("leder");
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.UNIT_LEADER);
        assertThat(user.roles()).allSatisfy(role -> assertThat(role).isInstanceOf(Role.class));
        assertThat(user.hasRole(Role.UNIT_LEADER)).isTrue();
        assertThat(user.worksWithChildren()).isTrue();
        assertThat(user.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_EMPLOYEE", "ROLE_UNIT_LEADER");
    }

    @Test
    void a_typed_user_survives_the_session_store() throws Exception {
        SignedInUser user = new SignedInUser(3, "revisor", "Randi", 2, "Rådhuset", "OTHER", Set.of(Role.AUDITOR), true,
                "hash").withoutCredentials();

        SignedInUser read = (SignedInUser) read(write(user));

        assertThat(read).isEqualTo(user);
        assertThat(read.roles()).containsExactly(Role.AUDITOR);
        assertThat(read.getPassword()).isNull();
    }

    @Test
    void an_unknown_role_name_is_refused_not_silently_dropped() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Set<Role> names = (Set) Set.of("SUPERUSER");
        assertThatThrownBy(() -> new SignedInUser(1, "x", "X", 1, "U", "SCHOOL", names, true, null))
                .isInstanceOf(IllegalArgumentException.class);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Set<Role> numbers = (Set) Set.of(42);
        assertThatThrownBy(() -> new SignedInUser(1, "x", "X", 1, "U", "SCHOOL", numbers, true, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roles_cannot_be_changed_afterwards() {
        SignedInUser user = new SignedInUser(1, "x", "X", 1, "U", "SCHOOL", Set.of(Role.EMPLOYEE), true, null);
        assertThatThrownBy(() -> user.roles().add(Role.ADMINISTRATOR)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(user.roleNames()).isEqualTo(List.of("EMPLOYEE"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SignedInUserSessionTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
    }

    private static byte[] write(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }
}
