package no.laget.family.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import no.laget.archive.ArchivedRecord;
import no.laget.casework.CasesForFamily;
import no.laget.casework.ConcernsForFamily;
import no.laget.casework.RelayCase;
import no.laget.child.Child;
import no.laget.child.Guardian;
import no.laget.child.ServingUnit;
import no.laget.consent.Consent;
import no.laget.consent.ConsentRequest;
import no.laget.consent.Grant;
import no.laget.interest.NotesForFamily;
import no.laget.platform.time.Dates;
import no.laget.platform.time.Oslo;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The family's download as JSON: format {@code laget-innsyn}, version 2 (docs/decisions.md "Innsyn for the family").
 * The shape is these records, field for field, in this order; every field is always present (null when empty).
 * Times are ISO 8601 in Oslo time with their offset, days ISO dates, categories and other codes the names in the
 * PDF's words (BASIC, RELAY_LOG, ...). A new field raises no version; a renamed or removed one does. Version 2 added
 * the consent requests ({@code consentRequests}) and the level-0 concerns ({@code concerns}), each case's
 * {@code familyWords} and {@code individualPlan}, and dropped the young person's own consents from a guardian's
 * download.
 */
final class InnsynJson {

    static final String FORMAT = "laget-innsyn";
    static final int VERSION = 2;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    record Document(String format, int version, String createdAt, ChildPart child, List<GuardianPart> guardians,
            List<ServicePart> services, List<ConsentPart> consents, List<ConsentRequestPart> consentRequests,
            List<ConcernPart> concerns, List<CasePart> relayCases,
            List<NotePart> bestInterestNotes, List<AccessPart> accessLog, List<ArchivedPart> archivedRecords,
            List<String> notIncluded) {}

    record ChildPart(String givenName, String familyName, String birthDate, String identityNumber, String address,
            boolean childWelfareHasCare) {}

    /** {@code identityNumber}, {@code phone} and {@code email} only on the row of the person who downloaded. */
    record GuardianPart(String name, boolean parentalResponsibility, String identityNumber, String phone,
            String email) {}

    record ServicePart(String service, String from, String to) {}

    record ConsentPart(long id, String givenBy, List<String> givenByGuardians, String howGiven, String purpose,
            String childView, String validFrom, String validTo, boolean refused, String recordedAt, String recordedBy,
            String withdrawnAt, String withdrawnBy, List<GrantPart> grants) {}

    /** {@code receiver} is a service's name, or {@code receiverType} every service of a type (SCHOOL, ...). */
    record GrantPart(String category, String receiver, String receiverType, String withdrawnAt, String withdrawnBy) {}

    /**
     * A service's request for consent: {@code askedOf} GUARDIANS or YOUNG_PERSON; {@code state} WAITING, GIVEN, REFUSED
     * or PERIOD_ENDED on the day of the download; {@code consentId} the consent or refusal it became.
     */
    record ConsentRequestPart(long id, String service, String askedBy, String askedOf, String purpose, String validFrom,
            String validTo, String askedAt, String state, String decidedAt, Long consentId, List<AskedPart> asked,
            List<AnswerPart> answers) {}

    /** One thing asked: a category to a service ({@code receiver}) or to every service of a type ({@code receiverType}). */
    record AskedPart(long id, String category, String receiver, String receiverType) {}

    /**
     * Someone who must answer (or did): {@code answer} ALL, PART or REFUSE, null while not answered; {@code granted}
     * the ids of the asked things they said yes to; {@code comment} only on the downloader's own answer.
     */
    record AnswerPart(String name, String answer, String answeredAt, List<Long> granted, String comment) {}

    /**
     * A level-0 concern (undringsnotat) of a service: {@code decision} CLOSE, LEVEL_1 or LEVEL_2, null while undecided.
     * Concerns of suspected harm or decided as a report to child welfare are child welfare's and not here.
     */
    record ConcernPart(String service, String writtenOn, String observedOn, String whatSeen, String decision,
            String decisionNote, String decidedOn, List<ConcernStepPart> steps) {}

    /** {@code step} SHARED, TALKED_WITH_CHILD or TALKED_WITH_PARENTS. */
    record ConcernStepPart(String step, String doneOn, String note) {}

    record CasePart(long id, int level, String holder, String holderService, String coordinator, String openedAt,
            String closedAt, String closeReason, String closeNote, List<ParticipantPart> participants,
            List<String> goals, List<MeasurePart> measures, List<EvaluationPart> evaluations,
            List<MeetingPart> meetings, List<LevelChangePart> levelChanges, List<HandoverPart> handovers,
            List<FamilyWordsPart> familyWords, PlanPart individualPlan) {}

    /** The family's own words in the case: {@code writtenAs} GUARDIAN or YOUNG_PERSON. */
    record FamilyWordsPart(String writtenAs, String text, String writtenAt) {}

    /** The case's individual plan (null when it has none), the nine items of rule 29 with its period. */
    record PlanPart(String goalsNeeds, String whoTakesPart, String whoCoordinates, String contributions,
            String measures, String howCarriedOut, String periodFrom, String periodTo, String reviseOn,
            String consents, String cooperation, String updatedAt, String updatedBy) {}

    record ParticipantPart(String service, String person, String task, String addedAt) {}

    record MeasurePart(long id, String what, String responsible, String startsOn, String evaluateOn) {}

    record EvaluationPart(long measureId, String outcome, String text, String childVoice, String evaluatedOn,
            String by) {}

    record MeetingPart(String startsAt, String endsAt, String place, String agenda, String minutes,
            String childVoice, String cancelledAt, List<String> participants) {}

    record LevelChangePart(Integer fromLevel, int toLevel, String reason, String by, String at) {}

    record HandoverPart(String to, String toService, String reason, String offeredBy, String offeredAt,
            String answeredAt, Boolean accepted) {}

    record NotePart(String occasion, String writtenBy, String writtenAt, boolean childHeard, String childViews,
            String howHeard, String notHeardReason, String weighing, String alternatives, String conclusion) {}

    /**
     * One access: {@code who} YOU, GUARDIAN, YOUNG_PERSON, EMPLOYEE, UNIT_LEADER, CHILD_WELFARE_INTAKE or AUDITOR;
     * {@code service} the unit's name (null for the family); {@code action} READ or WRITE; {@code basis} OWN_SERVICE,
     * CONSENT, CASE_PARTICIPANT, EMERGENCY, AUDIT or FAMILY; {@code consentGivenOn} the consent's date.
     */
    record AccessPart(String at, String who, String service, String category, String action, String basis,
            String consentGivenOn, String emergencyReason) {}

    record ArchivedPart(String journalNumber, String title, String classCode, String classTitle, String documentDate,
            String archivedAt, String service) {}

    private InnsynJson() {
    }

    static byte[] write(Innsyn innsyn) {
        return JSON.writeValueAsBytes(of(innsyn));
    }

    static Document of(Innsyn innsyn) {
        Child c = innsyn.record().child();
        return new Document(FORMAT, VERSION, time(innsyn.createdAt()),
                new ChildPart(c.givenName(), c.familyName(), day(c.birthDate()), c.identityNumber(), c.address(),
                        c.childWelfareHasCare()),
                innsyn.record().guardians().stream().map(InnsynJson::guardian).toList(),
                innsyn.record().servingUnits().stream().map(InnsynJson::service).toList(),
                innsyn.consents().stream().map(consent -> consent(consent, innsyn)).toList(),
                innsyn.requests().stream().map(request -> request(request, innsyn)).toList(),
                innsyn.concerns().stream().map(InnsynJson::concern).toList(),
                innsyn.cases().stream().map(r -> relayCase(r, innsyn)).toList(),
                innsyn.notes().stream().map(InnsynJson::note).toList(),
                innsyn.accessLog().stream().map(l -> new AccessPart(l.isoWhen(), l.who(), l.whoArgument(),
                        l.category(), l.action(), l.basis(), l.basisArgument() == null ? null
                                : day(Dates.readPaddedDay(l.basisArgument())), l.emergencyReason())).toList(),
                innsyn.archived().stream().map(InnsynJson::archived).toList(),
                List.of("CHILD_WELFARE: barneverntjenesten svarer selv på innsyn i sine opplysninger, også bekymringsmeldinger,"
                        + " undringer som barneverntjenesten svarer for og overgangen fra barnevern til NAV ved 18 år."));
    }

    private static GuardianPart guardian(Guardian g) {
        return new GuardianPart(g.name(), g.parentalResponsibility(), g.identityNumber(), g.phone(), g.email());
    }

    private static ServicePart service(ServingUnit u) {
        return new ServicePart(u.unitName(), day(u.from()), day(u.to()));
    }

    private static ConsentPart consent(Consent c, Innsyn innsyn) {
        return new ConsentPart(c.id(), c.givenBy().name(),
                c.guardianIds().stream().map(id -> innsyn.guardianNames().getOrDefault(id, null)).toList(),
                c.howGiven().name(), c.purpose(), c.childView(), day(c.validFrom()), day(c.validTo()), c.refused(),
                time(c.recordedAt()), c.recordedByName(), time(c.withdrawnAt()), c.withdrawnByName(),
                c.grants().stream().map(InnsynJson::grant).toList());
    }

    private static ConsentRequestPart request(ConsentRequest r, Innsyn innsyn) {
        return new ConsentRequestPart(r.id(), r.requestedByUnitName(), r.requestedByName(), r.givenBy().name(),
                r.purpose(), day(r.validFrom()), day(r.validTo()), time(r.requestedAt()), innsyn.state(r).name(),
                time(r.decidedAt()), r.consentId(),
                r.grants().stream().map(a -> new AskedPart(a.id(), a.category().name(), a.receiverUnitName(),
                        a.receiverUnitType())).toList(),
                r.answerers().stream().map(a -> new AnswerPart(a.name(), a.answer(), time(a.answeredAt()),
                        List.copyOf(a.grantIds()), innsyn.ownAnswer(a) ? a.comment() : null)).toList());
    }

    private static ConcernPart concern(ConcernsForFamily.FamilyConcern c) {
        return new ConcernPart(c.unitName(), day(c.writtenOn()), day(c.observedOn()), c.whatSeen(),
                c.decision() == null ? null : c.decision().name(), c.decisionNote(), day(c.decidedOn()),
                c.steps().stream().map(s -> new ConcernStepPart(s.step().name(), day(s.doneOn()), s.note())).toList());
    }

    private static GrantPart grant(Grant g) {
        return new GrantPart(g.category().name(), g.receiverUnitName(), g.receiverUnitType(), time(g.withdrawnAt()),
                g.withdrawnByName());
    }

    private static CasePart relayCase(RelayCase r, Innsyn innsyn) {
        return new CasePart(r.id(), r.level(), r.holderName(), r.holderUnitName(), r.coordinatorName(),
                time(r.openedAt()), time(r.closedAt()), r.closeReason() == null ? null : r.closeReason().name(),
                r.closeNote(),
                r.participants().stream().map(p -> new ParticipantPart(p.unitName(), p.employeeName(), p.task(),
                        time(p.addedAt()))).toList(),
                r.goals().stream().map(RelayCase.Goal::text).toList(),
                r.measures().stream().map(m -> new MeasurePart(m.id(), m.what(), m.responsible(), day(m.startsOn()),
                        day(m.evaluateOn()))).toList(),
                r.evaluations().stream().map(e -> new EvaluationPart(e.measureId(), e.outcome().name(), e.text(),
                        e.childVoice(), day(e.evaluatedOn()), e.byName())).toList(),
                r.meetings().stream().map(m -> new MeetingPart(time(m.startsAt()), time(m.endsAt()), m.place(),
                        m.agenda(), m.minutes(), m.childVoice(), time(m.cancelledAt()),
                        m.participants().stream().map(RelayCase.MeetingParticipant::label).toList())).toList(),
                r.levelChanges().stream().map(l -> new LevelChangePart(l.fromLevel(), l.toLevel(), l.reason(),
                        l.byName(), time(l.at()))).toList(),
                r.handovers().stream().map(h -> new HandoverPart(h.toEmployeeName(), h.toUnitName(), h.reason(),
                        h.offeredByName(), time(h.offeredAt()), time(h.answeredAt()), h.accepted())).toList(),
                r.familyWords().stream().map(w -> new FamilyWordsPart(w.writtenAs().name(), w.text(),
                        time(w.writtenAt()))).toList(),
                plan(innsyn.planOf(r)));
    }

    private static PlanPart plan(CasesForFamily.IndividualPlan p) {
        return p == null ? null : new PlanPart(p.goalsNeeds(), p.whoTakesPart(), p.whoCoordinates(), p.contributions(),
                p.measures(), p.howCarriedOut(), day(p.periodFrom()), day(p.periodTo()), day(p.reviseOn()),
                p.consents(), p.cooperation(), time(p.updatedAt()), p.updatedByName());
    }

    private static NotePart note(NotesForFamily.Note n) {
        return new NotePart(n.occasion().name(), n.writtenByName(), time(n.writtenAt()), n.note().childHeard(),
                n.note().childViews(), n.note().howHeard(), n.note().notHeardReason(), n.note().weighing(),
                n.note().alternatives(), n.note().conclusion());
    }

    private static ArchivedPart archived(ArchivedRecord a) {
        return new ArchivedPart(a.journalNumber(), a.title(), a.classCode(), a.classTitle(), day(a.documentDate()),
                time(a.archivedAt()), a.unitName());
    }

    static String time(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(Oslo.ZONE).toOffsetDateTime().toString();
    }

    static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
