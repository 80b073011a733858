package no.laget.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * The application's {@link MessageSource}, unchanged, that can note every message key resolved on this thread while
 * a test records ({@link #record()}): which keys a page's request asked for, to check they come from a translated
 * bundle. Wraps the {@code messageSource} bean in every {@link LagetTest} context (see {@link TestSupportConfig});
 * without recording it only passes calls on.
 */
public final class RecordingMessageSource implements MessageSource {

    private static final ThreadLocal<@Nullable Set<String>> KEYS = new ThreadLocal<>();

    private final MessageSource delegate;

    RecordingMessageSource(MessageSource delegate) {
        this.delegate = delegate;
    }

    /** Starts recording on this thread (MockMvc runs the request on the test's thread). */
    public static void record() {
        KEYS.set(new LinkedHashSet<>());
    }

    /** The keys resolved since {@link #record()}, in order; stops recording. */
    public static List<String> stop() {
        Set<String> keys = KEYS.get();
        KEYS.remove();
        return keys == null ? List.of() : new ArrayList<>(keys);
    }

    private static void note(@Nullable String key) {
        Set<String> keys = KEYS.get();
        if (keys != null && key != null) {
            keys.add(key);
        }
    }

    @Override
    public @Nullable String getMessage(String code, Object @Nullable [] args, @Nullable String defaultMessage, Locale locale) {
        note(code);
        return delegate.getMessage(code, args, defaultMessage, locale);
    }

    @Override
    public String getMessage(String code, Object @Nullable [] args, Locale locale) throws NoSuchMessageException {
        note(code);
        return delegate.getMessage(code, args, locale);
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
        String[] codes = resolvable.getCodes();
        if (codes != null) {
            // the key actually used: the first of the codes that some bundle has (a binding error has several)
            for (String code : codes) {
                if (delegate.getMessage(code, null, null, locale) != null) {
                    note(code);
                    break;
                }
            }
        }
        return delegate.getMessage(resolvable, locale);
    }
}
