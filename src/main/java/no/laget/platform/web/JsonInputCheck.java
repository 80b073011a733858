package no.laget.platform.web;

import java.lang.reflect.Array;
import java.lang.reflect.Type;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import no.laget.platform.validation.TextCharacters;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every string in a request body, checked with the same rule as the form fields once the body has been read:
 * a refused character answers a field problem that names the field by its path ({@code children[0].givenName}).
 */
@ControllerAdvice
class JsonInputCheck extends RequestBodyAdviceAdapter {

    private static final int DEEPEST = 12;

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        List<String> fields = new ArrayList<>();
        collect(body, "", fields, 0);
        if (!fields.isEmpty()) {
            throw RefusedInput.refusal(fields, RefusedInput.MESSAGE);
        }
        return body;
    }


    private static void collect(Object value, String path, List<String> fields, int depth) {
        if (value == null || depth > DEEPEST) {
            return;
        }
        if (value instanceof CharSequence text) {
            if (!TextCharacters.acceptable(text)) {
                fields.add(path.isEmpty() ? "body" : path);
            }
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                collect(item, path + "[" + i++ + "]", fields, depth + 1);
            }
        } else if (value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                collect(Array.get(value, i), path + "[" + i + "]", fields, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                String name = String.valueOf(key);
                if (!TextCharacters.acceptable(name)) {
                    fields.add(path.isEmpty() ? "body" : path);
                } else {
                    collect(item, path.isEmpty() ? name : path + "." + name, fields, depth + 1);
                }
            });
        } else if (value instanceof Record) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Object item;
                try {
                    component.getAccessor().setAccessible(true);
                    item = component.getAccessor().invoke(value);
                } catch (ReflectiveOperationException | RuntimeException unreadable) {
                    continue;
                }
                collect(item, path.isEmpty() ? component.getName() : path + "." + component.getName(), fields, depth + 1);
            }
        }
    }
}
