package no.laget.emergency.internal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import no.laget.platform.validation.FieldProblems;

/** NAV opens a card for a child welfare unit: the card's name and the unit that holds it. Also the API's request body. */
public record OpenCard(@Schema(requiredMode = REQUIRED) String name,
        @Schema(requiredMode = REQUIRED) Long childWelfareUnitId) {

    /** The card as read: every problem at once, or the command with the name trimmed. */
    public OpenCard read() {
        return read(new FieldProblems(), Set.of(), name, childWelfareUnitId);
    }

    static OpenCard read(FieldProblems problems, Set<String> unreadable, String name, Long childWelfareUnitId) {
        String read = problems.text("name", name, 100, "nav.card.name");
        if (childWelfareUnitId == null) { // a unit that is not there is the same answer as none chosen
            problems.add("childWelfareUnitId", "nav.card.childWelfareUnitId.required");
        }
        return problems.command(() -> new OpenCard(read, childWelfareUnitId));
    }
}
