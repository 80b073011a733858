package no.laget.platform.web;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The fields of this request that held refused characters ({@link InputCharacterFilter}), until the handler is
 * known. The API and every GET answer at once with the field problems. A page's form post is different: only
 * the page knows how to show its form again, and every page does so when a module service answers
 * {@link InvalidInputException}. So the post runs with the cleaned values, and the first call that hands one of
 * the refused fields' values to a module service (inside a form record, a list or as a string) answers the
 * refusal instead of doing anything; the page shows the form again with the message next to the field and the
 * text as typed, less the refused characters. Calls that only look things up (by id) pass.
 */
final class RefusedInput {

    /** The field name used when the address itself held a refused character. */
    static final String PATH = "path";
    static final String MESSAGE = "input.characters";
    static final String MESSAGE_REMOVED = "input.characters.removed";
    static final String MESSAGE_PATH = "input.characters.path";

    private static final String FIELDS = RefusedInput.class.getName() + ".fields";
    private static final String ARMED = RefusedInput.class.getName() + ".armed";

    private RefusedInput() {}

    /** The refused fields, each with its values as the rest of Laget sees them (the refused characters removed). */
    static void remember(HttpServletRequest request, Map<String, List<String>> fields) {
        request.setAttribute(FIELDS, Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
    }

    static Map<String, List<String>> refused(@Nullable HttpServletRequest request) {
        return castOrEmpty(request == null ? null : request.getAttribute(FIELDS));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> castOrEmpty(@Nullable Object fields) {
        return fields instanceof Map<?, ?> map ? (Map<String, List<String>>) map : Map.of();
    }

    /** The refused fields of the current request, if it is one: every page that shows its form errors says so. */
    static Map<String, List<String>> ofCurrentRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return castOrEmpty(request == null ? null : request.getAttribute(FIELDS, RequestAttributes.SCOPE_REQUEST));
    }

    static InvalidInputException refusal(List<String> fields, String messageKey) {
        return new InvalidInputException(fields.stream()
                .map(field -> new FieldProblem(field, PATH.equals(field) ? MESSAGE_PATH : messageKey)).toList());
    }

    /** While a page's form post runs: the next module service call answers the refusal. */
    static void arm(HttpServletRequest request, Map<String, List<String>> fields) {
        Set<String> values = new HashSet<>();
        fields.values().forEach(values::addAll);
        request.setAttribute(ARMED, new Armed(refusal(List.copyOf(fields.keySet()), MESSAGE_REMOVED), Set.copyOf(values)));
    }

    private record Armed(InvalidInputException refusal, Set<String> values) {

        boolean carried(Object[] arguments) {
            for (Object argument : arguments) {
                if (carries(argument, 0)) {
                    return true;
                }
            }
            return false;
        }

        private boolean carries(@Nullable Object value, int depth) {
            if (value == null || depth > 6) {
                return false;
            }
            if (value instanceof String text) {
                return values.contains(text);
            }
            if (value instanceof Collection<?> items) {
                return items.stream().anyMatch(item -> carries(item, depth + 1));
            }
            if (value instanceof Record) {
                for (RecordComponent component : value.getClass().getRecordComponents()) {
                    try {
                        component.getAccessor().setAccessible(true);
                        if (carries(component.getAccessor().invoke(value), depth + 1)) {
                            return true;
                        }
                    } catch (ReflectiveOperationException | RuntimeException unreadable) {
                        // not a form's text
                    }
                }
            }
            return false;
        }
    }

    static void disarm(HttpServletRequest request) {
        request.removeAttribute(ARMED);
    }

    /** Around every module service: answers the waiting refusal once, to the first call carrying the refused text. */
    static final class Trap implements MethodInterceptor {

        @Override
        public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request != null && request.getAttribute(ARMED, RequestAttributes.SCOPE_REQUEST) instanceof Armed armed
                    && armed.carried(invocation.getArguments())) {
                request.removeAttribute(ARMED, RequestAttributes.SCOPE_REQUEST);
                throw armed.refusal();
            }
            return invocation.proceed();
        }
    }
}
