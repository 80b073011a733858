package no.laget.platform.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Turns what went wrong with a form into one bokmål message per field, in page order, for the error
 * summary and the message next to each field. Templates read it as {@code errors['field']}.
 */
@Component
public class FieldErrors {

    private final MessageSource messages;

    FieldErrors(MessageSource messages) {
        this.messages = messages;
    }

    public Map<String, String> none() {
        return Collections.emptyMap();
    }

    public Map<String, String> of(InvalidInputException rules) {
        Map<String, String> errors = refusedCharacters();
        rules.problems().forEach(problem -> errors.putIfAbsent(problem.field(), text(problem.messageKey())));
        return errors;
    }

    /** Values that could not even be read (a letter in a number field) come first, then the rules. */
    public Map<String, String> of(BindingResult binding, InvalidInputException rules) {
        Map<String, String> errors = refusedCharacters();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale()));
        }
        if (rules != null) {
            for (FieldProblem problem : rules.problems()) {
                errors.putIfAbsent(problem.field(), text(problem.messageKey()));
            }
        }
        return errors;
    }

    /**
     * Refuses the post when a field whose name starts with the prefix held refused characters. For hidden fields the
     * page wrote itself and only compares (never hands to a module service), which the service-call trap of
     * {@link RefusedInput} would therefore never see. Call it first in the handler, inside its refusal handling.
     */
    public static void refuseHiddenFieldsWithRefusedCharacters(String prefix) {
        List<String> fields = RefusedInput.ofCurrentRequest().keySet().stream()
                .filter(field -> field.startsWith(prefix)).toList();
        if (!fields.isEmpty()) {
            throw RefusedInput.refusal(fields, RefusedInput.MESSAGE_REMOVED);
        }
    }

    /**
     * Fields of this request that held refused characters come first, whatever else the page found wrong: the
     * form shows them without those characters, and the user must know why (see {@link RefusedInput}).
     */
    private Map<String, String> refusedCharacters() {
        Map<String, String> errors = new LinkedHashMap<>();
        RefusedInput.ofCurrentRequest().keySet().forEach(field -> errors.put(field, text(RefusedInput.MESSAGE_REMOVED)));
        return errors;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
