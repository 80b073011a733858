package no.laget.family.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import no.laget.platform.security.FamilyMember;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldRules;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.web.FamilyLanguage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family member's address for e-mail notices ({@code family_notice_address}). Saving an address asks for its
 * confirmation: a CONFIRM notice goes into the outbox, and the sender makes the one-use link when it sends it (128
 * random bits, base64url; only the SHA-256 is stored, valid for {@link #LINK_VALID}). Notices go only to a confirmed
 * address. Saving the same address again keeps its confirmation and takes the language of the page it was saved
 * from; a new address must be confirmed again. Log lines carry the member's id, never the address.
 */
@Service
class NoticeAddresses {

    private static final Logger log = LoggerFactory.getLogger(NoticeAddresses.class);
    static final Duration LINK_VALID = Duration.ofHours(24);
    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]{22}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The address as the start page shows it. */
    record Address(String email, FamilyLanguage language, boolean confirmed) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    NoticeAddresses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Address> of(FamilyMember member) {
        return jdbc.sql("select email, language, confirmed_at is not null as confirmed from family_notice_address "
                        + "where family_member_id = ?")
                .param(member.memberId())
                .query((rs, row) -> new Address(rs.getString("email"),
                        FamilyLanguage.of(rs.getString("language")).orElse(FamilyLanguage.NB),
                        rs.getBoolean("confirmed")))
                .optional();
    }

    /**
     * Saves the address for notices in the given language. A new address (or one not yet confirmed) is sent a new
     * confirmation link; the same confirmed address only takes the language.
     *
     * @return whether a confirmation link is on its way
     * @throws InvalidInputException with the field {@code email} for an empty, too long or malformed address
     */
    @Transactional
    boolean save(FamilyMember member, String email, FamilyLanguage language) {
        List<FieldProblem> problems = new ArrayList<>();
        FieldRules.email(problems, "email", email, "family.mail.email");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String address = email.trim();
        OffsetDateTime now = now();
        Optional<Address> before = of(member);
        if (before.isPresent() && before.get().confirmed() && before.get().email().equalsIgnoreCase(address)) {
            jdbc.sql("update family_notice_address set language = ?, email = ?, saved_at = ? where family_member_id = ?")
                    .params(language.tag(), address, now, member.memberId()).update();
            log.info("Family member {} saved their notice address again", member.memberId());
            return false;
        }
        UUID confirmRef = UUID.randomUUID();
        jdbc.sql("""
                insert into family_notice_address (family_member_id, email, language, saved_at, confirm_ref)
                values (?, ?, ?, ?, ?)
                on conflict (family_member_id) do update
                   set email = excluded.email, language = excluded.language, saved_at = excluded.saved_at,
                       confirm_ref = excluded.confirm_ref, confirmed_at = null, token_hash = null,
                       token_expires_at = null""")
                .params(member.memberId(), address, language.tag(), now, confirmRef).update();
        cancelWaiting(member.memberId());
        jdbc.sql("""
                insert into family_notice (family_member_id, kind, subject_ref, created_at, next_attempt_at)
                values (?, 'CONFIRM', ?, ?, ?)""")
                .params(member.memberId(), confirmRef.toString(), now, now).update();
        log.info("Family member {} saved a notice address; a confirmation link is on its way", member.memberId());
        return true;
    }

    /** Stops the notices: the address is forgotten and what waits to be sent is cancelled. */
    @Transactional
    boolean remove(FamilyMember member) {
        int removed = jdbc.sql("delete from family_notice_address where family_member_id = ?")
                .param(member.memberId()).update();
        cancelWaiting(member.memberId());
        if (removed > 0) {
            log.info("Family member {} removed their notice address", member.memberId());
        }
        return removed > 0;
    }

    /**
     * Confirms the member's address with the link's token: only the member's own, unused, unexpired link (valid
     * while the clock is before its expiry). Anything else changes nothing and answers false.
     */
    @Transactional
    boolean confirm(FamilyMember member, String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return false;
        }
        OffsetDateTime now = now();
        Optional<OffsetDateTime> expiresAt = jdbc.sql("""
                select token_expires_at from family_notice_address
                 where family_member_id = ? and token_hash = ? and confirmed_at is null for update""")
                .params(member.memberId(), hash(token)).query(OffsetDateTime.class).optional();
        boolean confirmed = expiresAt.isPresent() && linkWorks(expiresAt.get().toInstant(), now.toInstant())
                && jdbc.sql("""
                        update family_notice_address set confirmed_at = ?, token_hash = null, token_expires_at = null
                         where family_member_id = ? and token_hash = ?""")
                        .params(now, member.memberId(), hash(token)).update() == 1;
        log.info("Family member {} {} their notice address", member.memberId(),
                confirmed ? "confirmed" : "did not confirm (unknown, used or expired link)");
        return confirmed;
    }

    /** A link works while the clock is before its expiry: at the expiry itself it no longer does. */
    static boolean linkWorks(java.time.Instant expiresAt, java.time.Instant now) {
        return now.isBefore(expiresAt);
    }

    /** The notices follow the language the member reads Laget in. */
    void languageChosen(long memberId, FamilyLanguage language) {
        jdbc.sql("update family_notice_address set language = ? where family_member_id = ?")
                .params(language.tag(), memberId).update();
    }

    /** Members with a confirmed address among these identity numbers. */
    List<Long> confirmedMembers(Collection<String> identityNumbers) {
        if (identityNumbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select m.id from family_member m join family_notice_address a on a.family_member_id = m.id
                 where a.confirmed_at is not null and m.identity_number in (:numbers) order by m.id""")
                .param("numbers", identityNumbers).query(Long.class).list();
    }

    /** Where a notice goes: a confirmed address with its language, or for a confirmation the unconfirmed one. */
    record Recipient(long memberId, String identityNumber, String email, FamilyLanguage language, boolean confirmed,
            String confirmRef) {}

    Optional<Recipient> recipient(long memberId) {
        return jdbc.sql("""
                select m.id, m.identity_number, a.email, a.language, a.confirmed_at is not null as confirmed,
                       a.confirm_ref
                  from family_member m join family_notice_address a on a.family_member_id = m.id
                 where m.id = ?""")
                .param(memberId)
                .query((rs, row) -> new Recipient(rs.getLong("id"), rs.getString("identity_number"),
                        rs.getString("email"), FamilyLanguage.of(rs.getString("language")).orElse(FamilyLanguage.NB),
                        rs.getBoolean("confirmed"), rs.getString("confirm_ref")))
                .optional();
    }

    /**
     * A new one-use link for the confirmation asked for ({@code confirmRef}), replacing any earlier one; empty when
     * the address has since changed, been confirmed or removed. Only its hash is kept.
     */
    @Transactional
    Optional<String> newLink(long memberId, String confirmRef) {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        OffsetDateTime now = now();
        int updated = jdbc.sql("""
                update family_notice_address set token_hash = ?, token_expires_at = ?
                 where family_member_id = ? and confirm_ref = cast(? as uuid) and confirmed_at is null""")
                .params(hash(token), now.plus(LINK_VALID), memberId, confirmRef).update();
        return updated == 1 ? Optional.of(token) : Optional.empty();
    }

    private void cancelWaiting(long memberId) {
        jdbc.sql("update family_notice set status = 'CANCELLED' where family_member_id = ? and status = 'PENDING'")
                .param(memberId).update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
