package no.laget.agreement.internal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.web.UnreadableFields;

/**
 * A new cooperation agreement: its title, the party units (two or more, the user's own among them; the service checks
 * they exist), the period, the meetings promised per year (0-52 of each kind), the routines (no identity numbers) and
 * the first evaluation (a year after the start when not given). Also the API's request body.
 */
public record CreateAgreement(@Schema(requiredMode = REQUIRED) String title,
        @Schema(requiredMode = REQUIRED) Set<Long> partyUnitIds, @Schema(requiredMode = REQUIRED) LocalDate validFrom,
        LocalDate validTo, @Schema(requiredMode = REQUIRED) Integer cooperationMeetingsPerYear,
        @Schema(requiredMode = REQUIRED) Integer anonymousMeetingsPerYear, List<String> routines,
        LocalDate firstEvaluationOn) {

    public CreateAgreement {
        // not Set.copyOf: a null in the API's list is a field problem (read), not a failure to build the body
        partyUnitIds = partyUnitIds == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(partyUnitIds));
        routines = routines == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(routines));
    }

    /** The agreement as read for the user's unit: every problem at once, in page order. */
    public CreateAgreement read(long ownUnitId) {
        return read(new FieldProblems(), Set.of(), title, partyUnitIds, validFrom, validTo, cooperationMeetingsPerYear,
                anonymousMeetingsPerYear, routines, firstEvaluationOn, ownUnitId);
    }

    static CreateAgreement read(FieldProblems problems, Set<String> unreadable, String title, Collection<Long> partyUnitIds,
            LocalDate validFrom, LocalDate validTo, Integer cooperation, Integer anonymous, List<String> routines,
            LocalDate firstEvaluationOn, long ownUnitId) {
        String readTitle = problems.text("title", title, 200, "nav.agreement.title");
        Set<Long> parties = partyUnitIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(partyUnitIds);
        if (unreadable.contains("partyUnitIds") || parties.contains(null)) {
            problems.add("partyUnitIds", "nav.agreement.partyUnitIds.unknown");
        } else if (parties.size() < 2) {
            problems.add("partyUnitIds", "nav.agreement.partyUnitIds.two");
        } else if (!parties.contains(ownUnitId)) {
            problems.add("partyUnitIds", "nav.agreement.partyUnitIds.own-unit");
        }
        UnreadableFields.required(problems, unreadable, "validFrom", validFrom, "nav.agreement.validFrom");
        UnreadableFields.optional(problems, unreadable, "validTo", "nav.agreement.validTo");
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            problems.add("validTo", "nav.agreement.validTo.before-start");
        }
        perYear(problems, unreadable, "cooperationMeetingsPerYear", cooperation);
        perYear(problems, unreadable, "anonymousMeetingsPerYear", anonymous);
        List<String> lines = routines == null ? List.of() : routines.stream()
                .map(line -> line == null ? "" : line.trim()).filter(line -> !line.isEmpty()).toList();
        if (lines.stream().anyMatch(line -> line.length() > 2000)) {
            problems.add("routines", "nav.agreement.routines.too-long");
        } else if (lines.stream().anyMatch(Reading::identityLike)) {
            problems.add("routines", "nav.agreement.routines.identity-number");
        }
        UnreadableFields.optional(problems, unreadable, "firstEvaluationOn", "nav.agreement.firstEvaluationOn");
        if (firstEvaluationOn != null && validFrom != null && firstEvaluationOn.isBefore(validFrom)) {
            problems.add("firstEvaluationOn", "nav.agreement.firstEvaluationOn.before-start");
        }
        return problems.command(() -> new CreateAgreement(readTitle, parties, validFrom, validTo, cooperation, anonymous,
                lines, firstEvaluationOn));
    }

    private static void perYear(FieldProblems problems, Set<String> unreadable, String field, Integer value) {
        UnreadableFields.required(problems, unreadable, field, value, "nav.agreement." + field);
        if (value != null && (value < 0 || value > 52)) {
            problems.add(field, "nav.agreement." + field + ".range");
        }
    }
}
