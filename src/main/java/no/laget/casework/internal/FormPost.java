package no.laget.casework.internal;

import java.util.function.Function;
import java.util.function.Supplier;

import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.web.FieldErrors;

/**
 * A casework form's POST in one line: read the form into its command and save, then go on (a redirect); when the form
 * or the service refuses it, show the form again with the messages and what was typed. Access refusals and missing
 * things are not caught here: they go to the error pages, as everywhere.
 */
final class FormPost {

    private FormPost() {}

    static String saveOr(Supplier<String> save, Function<InvalidInputException, String> refused) {
        try {
            // A field that held refused characters is refused here, next to the field, whatever the form reads from
            // it: the command carries parsed values, in which the platform's service-call trap cannot find the text.
            FieldErrors.refuseHiddenFieldsWithRefusedCharacters("");
            return save.get();
        } catch (InvalidInputException e) {
            return refused.apply(e);
        }
    }
}
