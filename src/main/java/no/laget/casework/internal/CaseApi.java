package no.laget.casework.internal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.laget.casework.Cases;
import no.laget.casework.RelayCase;
import no.laget.interest.BestInterestForm;
import no.laget.interest.BestInterestNotes;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.FieldProblems;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case and its relay log over HTTP. The same rules as the pages: refusals are 403 problem+json with the reason
 * code, bad input 400 problem+json with the field messages in bokmål (a stale version is the field {@code version}).
 * Bodies are typed JSON (numbers as numbers, dates as "2026-08-15", choices by name); a missing required field is a
 * field message, a wrong JSON type a 400 naming the field. The field names are the pages' field names.
 */
@RestController
class CaseApi {

    private final Cases cases;
    private final RelayLog relayLog;
    private final Handovers handovers;
    private final Participants participants;

    CaseApi(Cases cases, RelayLog relayLog, Handovers handovers, Participants participants) {
        this.cases = cases;
        this.relayLog = relayLog;
        this.handovers = handovers;
        this.participants = participants;
    }

    @GetMapping("/api/v1/cases")
    List<CaseSummary> list(@AuthenticationPrincipal SignedInUser user) {
        return cases.forUnit(user);
    }

    @GetMapping("/api/v1/cases/{id}")
    RelayCase get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return cases.get(user, id);
    }

    /** The case's best-interest notes, oldest first; read under the case's own rule and logged per note. */
    @GetMapping("/api/v1/cases/{id}/best-interest-notes")
    List<BestInterestNotes.Written> notes(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return cases.notes(user, id);
    }

    @PostMapping("/api/v1/children/{childId}/cases")
    ResponseEntity<RelayCase> open(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId,
            @RequestBody OpenRequest request) {
        long id = cases.open(user, childId, request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(cases.get(user, id));
    }

    @PostMapping("/api/v1/cases/{id}/level")
    RelayCase level(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody LevelRequest request) {
        cases.changeLevel(user, id, request.toCommand());
        return cases.get(user, id);
    }

    @PostMapping("/api/v1/cases/{id}/goals")
    ResponseEntity<Map<String, Long>> goal(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody GoalRequest request) {
        long goalId = relayLog.addGoal(user, id, request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(Map.of("id", goalId));
    }

    @PostMapping("/api/v1/cases/{id}/measures")
    ResponseEntity<Map<String, Long>> measure(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody MeasureRequest request) {
        long measureId = relayLog.addMeasure(user, id, request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(Map.of("id", measureId));
    }

    @PostMapping("/api/v1/cases/{id}/evaluations")
    ResponseEntity<Map<String, Long>> evaluate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody EvaluationRequest request) {
        long evaluationId = relayLog.evaluate(user, id, request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(Map.of("id", evaluationId));
    }

    @PostMapping("/api/v1/cases/{id}/handover")
    RelayCase handover(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody HandoverRequest request) {
        handovers.offer(user, id, request.toCommand());
        return cases.get(user, id);
    }

    @PostMapping("/api/v1/cases/{id}/participants")
    RelayCase participant(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody ParticipantRequest request) {
        participants.add(user, id, request.toCommand());
        return cases.get(user, id);
    }

    @PostMapping("/api/v1/cases/{id}/close")
    ResponseEntity<Void> close(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody CloseRequest request) {
        cases.close(user, id, request.toCommand());
        return ResponseEntity.noContent().build();
    }

    // ---------------------------------------------------------------- the request bodies

    /** Opening a case; at level 2 or 3 with the best-interest note. */
    record OpenRequest(@Schema(requiredMode = REQUIRED, minimum = "1", maximum = "3") Integer level,
            @Schema(requiredMode = REQUIRED) Long holderEmployeeId, String goal, Long concernId,
            @Schema(description = "Required at level 2 and 3") BestInterestForm openInterest) {

        OpenCase toCommand() {
            FieldProblems problems = new FieldProblems();
            Integer at = levelOf(problems, "level", level);
            Long holder = holderEmployeeId != null ? holderEmployeeId : problems.add("holderEmployeeId", "case.holder.required");
            String text = problems.optionalText("goal", goal, 2000, "case.goal");
            BestInterestForm note = openInterest;
            return problems.command(() -> new OpenCase(at, holder, text, concernId, note));
        }
    }

    /** A move one level up or down; to level 2 or 3 with the best-interest note. */
    record LevelRequest(@Schema(requiredMode = REQUIRED, minimum = "1", maximum = "3") Integer toLevel,
            @Schema(requiredMode = REQUIRED) String levelReason, @Schema(requiredMode = REQUIRED) Integer version,
            @Schema(description = "Required for level 2 and 3") BestInterestForm levelInterest) {

        ChangeLevel toCommand() {
            FieldProblems problems = new FieldProblems();
            Integer to = levelOf(problems, "toLevel", toLevel);
            String reason = problems.text("levelReason", levelReason, 1000, "case.levelReason");
            BestInterestForm note = levelInterest;
            return problems.command(() -> new ChangeLevel(to, reason, version, note));
        }
    }

    record GoalRequest(@Schema(requiredMode = REQUIRED) String goalText) {

        AddGoal toCommand() {
            FieldProblems problems = new FieldProblems();
            String text = problems.text("goalText", goalText, 2000, "case.goal");
            return problems.command(() -> new AddGoal(text));
        }
    }

    record MeasureRequest(@Schema(requiredMode = REQUIRED) String what,
            @Schema(requiredMode = REQUIRED, example = "employee:12", description = "\"employee:ID\" or \"unit:ID\"")
            String responsible,
            @Schema(requiredMode = REQUIRED) LocalDate startsOn, @Schema(requiredMode = REQUIRED) LocalDate evaluateOn) {

        AddMeasure toCommand() {
            FieldProblems problems = new FieldProblems();
            String text = problems.text("what", what, 2000, "case.measure.what");
            Responsible who = CaseForms.responsible(problems, "responsible", responsible);
            LocalDate starts = startsOn != null ? startsOn : problems.add("startsOn", "case.measure.startsOn.required");
            LocalDate evaluate = evaluateOn != null ? evaluateOn
                    : problems.add("evaluateOn", "case.measure.evaluateOn.required");
            if (starts != null && evaluate != null && evaluate.isBefore(starts)) {
                problems.add("evaluateOn", "case.measure.evaluateOn.before-start");
            }
            return problems.command(() -> new AddMeasure(text, who, starts, evaluate));
        }
    }

    record EvaluationRequest(@Schema(requiredMode = REQUIRED) Long measureId,
            @Schema(requiredMode = REQUIRED) RelayCase.Outcome outcome, @Schema(requiredMode = REQUIRED) String evaluationText,
            @Schema(requiredMode = REQUIRED) String childVoice, @Schema(requiredMode = REQUIRED) LocalDate evaluatedOn,
            LocalDate nextEvaluateOn) {

        EvaluateMeasure toCommand() {
            FieldProblems problems = new FieldProblems();
            Long measure = measureId != null ? measureId : problems.add("measureId", "case.evaluation.measure.required");
            RelayCase.Outcome effect = outcome != null ? outcome : problems.add("outcome", "case.evaluation.outcome.required");
            String text = problems.text("evaluationText", evaluationText, 4000, "case.evaluation.text");
            String voice = problems.text("childVoice", childVoice, 4000, "case.evaluation.childVoice");
            LocalDate on = evaluatedOn != null ? evaluatedOn
                    : problems.add("evaluatedOn", "case.evaluation.evaluatedOn.required");
            return problems.command(() -> new EvaluateMeasure(measure, effect, text, voice, on, nextEvaluateOn));
        }
    }

    record HandoverRequest(@Schema(requiredMode = REQUIRED) Long employeeId, String handoverReason,
            @Schema(requiredMode = REQUIRED) BestInterestForm handoverInterest) {

        OfferHandover toCommand() {
            FieldProblems problems = new FieldProblems();
            Long to = employeeId;
            String reason = problems.optionalText("handoverReason", handoverReason, 1000, "case.handoverReason");
            BestInterestForm note = handoverInterest;
            return problems.command(() -> new OfferHandover(to, reason, note));
        }
    }

    /** A unit to take part, optionally with one of its people. */
    record ParticipantRequest(@Schema(requiredMode = REQUIRED) Long unitId, Long participantEmployeeId, String task) {

        AddParticipant toCommand() {
            FieldProblems problems = new FieldProblems();
            Long unit = unitId != null ? unitId : problems.add("unitId", "case.participant.unit.required");
            String text = problems.optionalText("task", task, 500, "case.participant.task");
            return problems.command(() -> new AddParticipant(unit, participantEmployeeId, text));
        }
    }

    record CloseRequest(@Schema(requiredMode = REQUIRED) RelayCase.CloseReason closeReason,
            @Schema(requiredMode = REQUIRED) String closeNote, @Schema(requiredMode = REQUIRED) Integer version,
            @Schema(requiredMode = REQUIRED) BestInterestForm closeInterest) {

        CloseCase toCommand() {
            FieldProblems problems = new FieldProblems();
            RelayCase.CloseReason reason = closeReason != null ? closeReason
                    : problems.add("closeReason", "case.close.reason.required");
            String note = problems.text("closeNote", closeNote, 2000, "case.close.note");
            BestInterestForm interest = closeInterest;
            return problems.command(() -> new CloseCase(reason, note, version, interest));
        }
    }

    private static Integer levelOf(FieldProblems problems, String field, Integer level) {
        return level != null && level >= 1 && level <= 3 ? level : problems.add(field, "case.level.required");
    }
}
