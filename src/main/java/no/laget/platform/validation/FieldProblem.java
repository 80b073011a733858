package no.laget.platform.validation;

/** One thing wrong with one field: the field's name and a message key in messages.properties. */
public record FieldProblem(String field, String messageKey) {}
