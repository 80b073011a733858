package no.laget.platform.validation;

import java.util.List;

/**
 * Someone else saved the same thing after the user opened it (optimistic locking). Pages show the message next to
 * the form and keep what was typed, like any field problem; the API answers 409 Conflict, never a silent overwrite.
 */
public class StaleVersionException extends InvalidInputException {

    public StaleVersionException(String field, String messageKey) {
        super(List.of(new FieldProblem(field, messageKey)));
    }
}
