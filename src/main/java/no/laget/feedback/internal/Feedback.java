package no.laget.feedback.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import no.laget.casework.Cases;
import no.laget.casework.RelayCase;
import no.laget.feedback.FeedbackForFamily;
import no.laget.feedback.FeedbackInvitedOnFamilyPage;
import no.laget.feedback.internal.FeedbackForms.AnswerForm;
import no.laget.feedback.internal.FeedbackForms.InvitationForm;
import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.Anonymity;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldRules;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations and answers. A link carries 128 random bits (base64url, 22 characters); only its SHA-256 is
 * stored, so neither the database nor a log can rebuild a link. One answer per link, within its days.
 */
@Service
class Feedback {

    private static final Logger log = LoggerFactory.getLogger(Feedback.class);
    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]{22}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    record Created(String token, LocalDate expiresOn, Unit unit, FeedbackKind kind, boolean onFamilyPage) {}

    private final FeedbackRepository repository;
    private final Organisation organisation;
    private final Cases cases;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final int linkDays;

    Feedback(FeedbackRepository repository, Organisation organisation, Cases cases, Clock clock,
            ApplicationEventPublisher events, @Value("${laget.feedback.link-days:14}") int linkDays) {
        if (linkDays < 1 || linkDays > 90) {
            throw new IllegalStateException("laget.feedback.link-days must be between 1 and 90, was " + linkDays);
        }
        this.repository = repository;
        this.organisation = organisation;
        this.cases = cases;
        this.clock = clock;
        this.events = events;
        this.linkDays = linkDays;
    }

    @Transactional
    Created invite(SignedInUser user, InvitationForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        Unit unit = null;
        if (FieldRules.blank(form.unitId())) {
            problems.add(new FieldProblem("unitId", "feedback.unitId.required"));
        } else {
            try {
                unit = organisation.unit(Long.parseLong(form.unitId().trim())).filter(Unit::active).orElse(null);
            } catch (NumberFormatException notANumber) {
                // the same answer as an unknown unit
            }
            if (unit == null) {
                problems.add(new FieldProblem("unitId", "feedback.unitId.unknown"));
            } else if (unit.id() != user.unitId()) {
                // an employee asks the families of their own unit; another unit's figures are that unit's to collect
                problems.add(new FieldProblem("unitId", "feedback.unitId.not-own"));
                unit = null;
            }
        }
        FeedbackKind kind = null;
        if (FieldRules.blank(form.kind())) {
            problems.add(new FieldProblem("kind", "feedback.kind.required"));
        } else {
            kind = FeedbackKind.parse(form.kind().trim()).orElse(null);
            if (kind == null) {
                problems.add(new FieldProblem("kind", "feedback.kind.unknown"));
            }
        }
        Long childId = form.sendToFamily() ? familyChild(user, form, problems) : null;
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        LocalDate today = today();
        LocalDate expires = today.plusDays(linkDays);
        long invitationId = repository.insertInvitation(hash(token), unit.id(), kind, today, expires);
        if (childId != null) {
            java.util.UUID ref = repository.linkToChild(invitationId, childId);
            events.publishEvent(new FeedbackInvitedOnFamilyPage(ref.toString(), childId));
        }
        log.info("Feedback invitation made for unit {}{}", unit.id(), childId != null ? ", on the family's page" : "");
        return new Created(token, expires, unit, kind, childId != null);
    }

    /**
     * The child of the relay case the invitation is about, when the employee sends it to the family's page: the case
     * is read through the access door (a case the employee may not read is refused like every other), and it must be
     * open with the employee's own unit taking part, the same reach as the case page's "Be om tilbakemelding" link.
     */
    private Long familyChild(SignedInUser user, InvitationForm form, List<FieldProblem> problems) {
        long caseId;
        try {
            caseId = Long.parseLong(form.caseId() == null ? "" : form.caseId().trim());
        } catch (NumberFormatException noCase) {
            problems.add(new FieldProblem("toFamily", "feedback.toFamily.no-case"));
            return null;
        }
        RelayCase relayCase = cases.get(user, caseId);
        if (!relayCase.open() || !relayCase.participates(user.unitId())) {
            problems.add(new FieldProblem("toFamily", "feedback.toFamily.not-own"));
            return null;
        }
        return relayCase.childId();
    }

    /** An invitation that can still be answered; anything else (unknown, used, expired) is empty. */
    Optional<FeedbackRepository.Invitation> open(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        LocalDate today = today();
        return repository.invitation(hash(token))
                .filter(invitation -> !invitation.answered() && !today.isAfter(invitation.expiresOn()));
    }

    @Transactional
    void answer(String token, AnswerForm form) {
        answer(open(token).orElseThrow(() -> new NotFoundException("feedback link")), form);
    }

    /** Open on {@code today}: not used, not expired. */
    boolean open(FeedbackRepository.Invitation invitation) {
        return !invitation.answered() && !today().isAfter(invitation.expiresOn());
    }

    /**
     * Stores the answer the same way whether it came by the one-use link or the family's page: the answer row holds
     * the unit, the kind, the day and the answers, never the invitation; using the invitation also removes its link
     * to a child's page, so the link works no more and no used invitation stays tied to a child.
     */
    void answer(FeedbackRepository.Invitation invitation, AnswerForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        String respondent = null;
        if (FieldRules.blank(form.respondent())) {
            problems.add(new FieldProblem("respondent", "feedback.respondent.required"));
        } else if (FeedbackForFamily.RESPONDENTS.contains(form.respondent().trim())) {
            respondent = form.respondent().trim();
        } else {
            problems.add(new FieldProblem("respondent", "feedback.respondent.unknown"));
        }
        Integer heard = score(problems, "heard", form.heard());
        Integer useful = score(problems, "useful", form.useful());
        if (FieldRules.optionalText(problems, "improve", form.improve(), 2000, "feedback.improve")) {
            anonymous(problems, form);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!repository.markAnswered(invitation.id())) {
            throw new NotFoundException("feedback link");
        }
        repository.forgetChildLink(invitation.id());
        repository.insertAnswer(new FeedbackRepository.Answer(invitation.unitId(), invitation.kind(), today(),
                respondent, heard, useful, FieldRules.trimToNull(form.improve())));
        log.info("Feedback answer received for unit {}", invitation.unitId());
    }

    /**
     * The free text is stored without who wrote it, so it must not say who the child is: numbers, dates of birth and
     * addresses are refused, and text that looks like a name needs the writer's confirmation, as in anonymous
     * discussions. Unlike those, the registry of names is not asked: the form is public, and a refusal would tell
     * anyone with a link whether a name is registered in Laget.
     */
    private static void anonymous(List<FieldProblem> problems, AnswerForm form) {
        String text = form.improve();
        if (text == null || text.isBlank()) {
            return;
        }
        Optional<Anonymity.Finding> finding = Anonymity.check(text);
        if (finding.isPresent()) {
            problems.add(new FieldProblem("improve", switch (finding.get()) {
                case IDENTITY_NUMBER -> "feedback.improve.identity-number";
                case DATE_OF_BIRTH -> "feedback.improve.date";
                case ADDRESS -> "feedback.improve.address";
            }));
        } else if (!form.confirmedNoName() && Anonymity.looksLikeName(text)) {
            problems.add(new FieldProblem("improve", "feedback.improve.name"));
            problems.add(new FieldProblem("noNameConfirmed", "feedback.noNameConfirmed.required"));
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    private static Integer score(List<FieldProblem> problems, String field, String value) {
        if (FieldRules.blank(value)) {
            problems.add(new FieldProblem(field, "feedback." + field + ".required"));
            return null;
        }
        if (!value.trim().matches("[1-5]")) {
            problems.add(new FieldProblem(field, "feedback." + field + ".unknown"));
            return null;
        }
        return Integer.parseInt(value.trim());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
