package no.laget.archive.internal;

import java.util.Set;

import no.laget.casework.CaseClosed;
import no.laget.casework.IndividualPlanRevised;
import no.laget.casework.MinutesWritten;
import no.laget.consent.ConsentRecorded;
import no.laget.consent.ConsentWithdrawn;
import no.laget.platform.time.Oslo;
import no.laget.agreement.AgreementEvaluated;
import no.laget.transition.TransitionPlanChanged;
import no.laget.report.LetterSent;
import no.laget.report.ReportSent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The moments the archive keeps, heard from the modules that own them, in their own transaction: a consent or a
 * refusal recorded, a consent withdrawn, a meeting's minutes written, a relay case closed, an individual plan made or
 * revised, a transition plan made or changed, a cooperation agreement evaluated, a report of concern or a letter to a
 * reporter sent. Each event carries the document as it was rendered at that moment; the archive never renders anything itself.
 */
@Component
class ArchiveListener {

    static final String EXTERNAL_RECEIVER = "EM";
    static final String INTERNAL_SENDER = "IA";
    private static final String INTERNAL = "Organinternt dokument uten oppfølging";
    private static final String OUTGOING = "Utgående dokument";
    private static final String CHILD_WELFARE_SERVICE = "Barneverntjenesten";

    private final Recorder recorder;

    ArchiveListener(Recorder recorder) {
        this.recorder = recorder;
    }

    @EventListener
    void consentRecorded(ConsentRecorded e) {
        Set<String> screened = Screening.wordsOf(e.childName());
        recorder.record(new NewRecord(e.refusal() ? "CONSENT_REFUSED" : "CONSENT_GIVEN", "consents:" + e.childId(),
                e.childId(), "Samtykker for " + e.childName(),
                (e.refusal() ? "Nektet samtykke for " : "Samtykke for ") + e.childName(), screened, INTERNAL,
                "Samtykkeskjema", INTERNAL_SENDER, "", e.unitId(), e.employeeId(), e.recordedAt(),
                e.recordedAt().atZoneSameInstant(Oslo.ZONE).toLocalDate(), e.form(), null, null));
    }

    @EventListener
    void consentWithdrawn(ConsentWithdrawn e) {
        recorder.record(new NewRecord("CONSENT_WITHDRAWN", "consents:" + e.childId(), e.childId(),
                "Samtykker for " + e.childName(), "Tilbaketrekking av samtykke for " + e.childName(),
                Screening.wordsOf(e.childName()), INTERNAL, "Samtykkeskjema", INTERNAL_SENDER, "", e.unitId(),
                e.employeeId(), e.withdrawnAt(), e.withdrawnAt().atZoneSameInstant(Oslo.ZONE).toLocalDate(),
                e.form(), null, null));
    }

    @EventListener
    void caseClosed(CaseClosed e) {
        recorder.record(new NewRecord("CASE_CLOSED", "relay_case:" + e.caseId(), e.childId(),
                "Stafettlogg for " + e.childName(), "Stafettlogg ved avslutning for " + e.childName(),
                Screening.wordsOf(e.childName()), INTERNAL, "Stafettlogg", INTERNAL_SENDER, "", e.unitId(),
                e.employeeId(), e.closedAt(), e.closedAt().atZoneSameInstant(Oslo.ZONE).toLocalDate(),
                e.relayLog(), null, null));
    }

    @EventListener
    void minutesWritten(MinutesWritten e) {
        recorder.record(new NewRecord("MINUTES_WRITTEN", "relay_case:" + e.caseId(), e.childId(),
                "Stafettlogg for " + e.childName(), "Møtereferat i stafettloggen for " + e.childName(),
                Screening.wordsOf(e.childName()), INTERNAL, "Møtereferat", INTERNAL_SENDER, "", e.unitId(),
                e.employeeId(), e.writtenAt(), e.writtenAt().atZoneSameInstant(Oslo.ZONE).toLocalDate(),
                e.relayLog(), null, null));
    }

    @EventListener
    void individualPlanRevised(IndividualPlanRevised e) {
        recorder.record(new NewRecord(e.first() ? "PLAN_MADE" : "PLAN_REVISED", "individual_plan:" + e.caseId(),
                e.childId(), "Individuell plan for " + e.childName(),
                (e.first() ? "Individuell plan for " : "Revidert individuell plan for ") + e.childName() + ", versjon "
                        + e.version(),
                Screening.wordsOf(e.childName()), INTERNAL, "Individuell plan", INTERNAL_SENDER, "", e.unitId(),
                e.employeeId(), e.revisedAt(), e.revisedAt().atZoneSameInstant(Oslo.ZONE).toLocalDate(), e.plan(),
                null, null));
    }

    @EventListener
    void transitionPlanChanged(TransitionPlanChanged e) {
        recorder.record(new NewRecord(e.made() ? "TRANSITION_PLAN_MADE" : "TRANSITION_PLAN_CHANGED",
                "transition:" + e.transitionId(), e.childId(), "Overgang til voksenlivet for " + e.childName(),
                (e.made() ? "Overgangsplan for " : "Endret overgangsplan for ") + e.childName(),
                Screening.wordsOf(e.childName()), INTERNAL, "Overgangsplan", INTERNAL_SENDER, "", e.unitId(),
                e.employeeId(), e.changedAt(), e.changedAt().atZoneSameInstant(Oslo.ZONE).toLocalDate(), e.plan(),
                null, null));
    }

    @EventListener
    void agreementEvaluated(AgreementEvaluated e) {
        // An agreement holds no child data: a record of no child, read by employees of the agreement's parties.
        recorder.record(new NewRecord("AGREEMENT_EVALUATED", "agreement:" + e.agreementId(), null,
                "Samarbeidsavtale: " + e.agreementTitle(), "Evaluering av samarbeidsavtalen " + e.agreementTitle(),
                Set.of(), INTERNAL, "Evaluering", INTERNAL_SENDER, "", e.unitId(), e.employeeId(), e.recordedAt(),
                e.evaluatedOn(), e.evaluation(), null, null), null, e.partyUnitIds());
    }

    @EventListener
    void reportSent(ReportSent e) {
        // The report names the children and the reporter; both are screened out of the public title (bvl. § 13-1).
        // The file title names neither, like the letters' that later join the same file.
        Set<String> screened = Screening.wordsOf(e.childNames().toArray(String[]::new));
        screened.addAll(Screening.wordsOf(e.reporterName()));
        recorder.record(new NewRecord("REPORT_SENT", "report:" + e.reportId(), e.childId(),
                "Bekymringsmelding nr. " + e.reportId(),
                "Bekymringsmelding om " + String.join(" og ", e.childNames()) + " fra " + e.reporterName(), screened,
                OUTGOING, "Bekymringsmelding", EXTERNAL_RECEIVER, CHILD_WELFARE_SERVICE, e.unitId(), e.employeeId(),
                e.sentAt(), e.sentAt().atZoneSameInstant(Oslo.ZONE).toLocalDate(), e.report(), null, null));
    }

    @EventListener
    void letterSent(LetterSent e) {
        // The letter names no child and the file title none either; the reporter's name is screened (bvl. § 13-1
        // keeps who reported confidential).
        recorder.record(new NewRecord("LETTER_SENT", "report:" + e.reportId(), e.childId(),
                "Bekymringsmelding nr. " + e.reportId(), "Brev til melder: " + e.title(),
                Screening.wordsOf(e.reporterName()), OUTGOING, "Brev", EXTERNAL_RECEIVER, e.reporterName(), e.unitId(),
                e.employeeId(), e.recordedAt(), e.sentOn(), e.letter(), null, null));
    }
}
