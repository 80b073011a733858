package no.laget.platform.web;

import java.util.List;

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
 * {@link InvalidInputException}. So the post runs with the cleaned values, and the first call it makes into a
 * module's service answers the refusal instead of doing anything; the page shows the form again with the
 * message next to the field and the text as typed, less the refused characters.
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

    static void remember(HttpServletRequest request, List<String> fields) {
        request.setAttribute(FIELDS, List.copyOf(fields));
    }

    @SuppressWarnings("unchecked")
    static List<String> fields(@Nullable HttpServletRequest request) {
        Object fields = request == null ? null : request.getAttribute(FIELDS);
        return fields == null ? List.of() : (List<String>) fields;
    }

    static void forget(HttpServletRequest request) {
        request.removeAttribute(FIELDS);
    }

    static InvalidInputException refusal(List<String> fields, String messageKey) {
        return new InvalidInputException(fields.stream()
                .map(field -> new FieldProblem(field, PATH.equals(field) ? MESSAGE_PATH : messageKey)).toList());
    }

    /** While a page's form post runs: the next module service call answers the refusal. */
    static void arm(HttpServletRequest request, List<String> fields) {
        request.setAttribute(ARMED, refusal(fields, MESSAGE_REMOVED));
    }

    static void disarm(HttpServletRequest request) {
        request.removeAttribute(ARMED);
    }

    /** Around every module service: answers the waiting refusal once, then lets calls through again. */
    static final class Trap implements MethodInterceptor {

        @Override
        public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request != null && request.getAttribute(ARMED, RequestAttributes.SCOPE_REQUEST)
                    instanceof InvalidInputException refusal) {
                request.removeAttribute(ARMED, RequestAttributes.SCOPE_REQUEST);
                throw refusal;
            }
            return invocation.proceed();
        }
    }
}
