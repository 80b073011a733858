package no.laget.agreement.internal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

import no.laget.platform.validation.FieldProblems;

/** An employee's experience of the cooperation before the annual evaluation, with no identity number. Also the body. */
public record GiveInput(@Schema(requiredMode = REQUIRED) String text) {

    public GiveInput read() {
        FieldProblems problems = new FieldProblems();
        String read = Reading.noChildData(problems, "text", text, 4000, "nav.input.text");
        return problems.command(() -> new GiveInput(read));
    }
}
