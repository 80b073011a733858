package no.laget;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.ApplicationModuleListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event a module listener handles is stored as JSON in {@code event_publication} until it is handled
 * (docs/decisions.md): it carries ids, dates and enums only, never a name or a document. The archive's document
 * events (with a name and a PDF) go to synchronous listeners and are never stored.
 */
class StoredEventsTest {

    private static final Set<Class<?>> PLAIN = Set.of(long.class, Long.class, int.class, Integer.class, boolean.class,
            Boolean.class, LocalDate.class, OffsetDateTime.class);

    @Test
    void every_event_a_module_listener_handles_carries_ids_dates_and_enums_only() {
        List<Class<?>> events = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.laget")) {
            for (Method method : type.reflect().getDeclaredMethods()) {
                if (method.isAnnotationPresent(ApplicationModuleListener.class)) {
                    assertThat(method.getParameterCount()).as(method.toString()).isEqualTo(1);
                    events.add(method.getParameterTypes()[0]);
                }
            }
        }
        assertThat(events).as("module listeners found").hasSizeGreaterThanOrEqualTo(15);
        for (Class<?> event : events) {
            assertThat(event.isRecord()).as(event + " is a record").isTrue();
            for (RecordComponent component : event.getRecordComponents()) {
                assertThat(plain(component.getGenericType())).as(event.getSimpleName() + "." + component.getName())
                        .isTrue();
            }
        }
    }

    @Test
    void a_name_or_a_document_is_not_plain() throws Exception {
        record Named(long id, String name, byte[] pdf, List<Long> ids, List<String> names) {}
        RecordComponent[] components = Named.class.getRecordComponents();
        assertThat(plain(components[0].getGenericType())).isTrue();
        assertThat(plain(components[1].getGenericType())).isFalse();
        assertThat(plain(components[2].getGenericType())).isFalse();
        assertThat(plain(components[3].getGenericType())).isTrue();
        assertThat(plain(components[4].getGenericType())).isFalse();
    }

    private static boolean plain(Type type) {
        if (type instanceof Class<?> c) {
            return PLAIN.contains(c) || c.isEnum();
        }
        return type instanceof ParameterizedType p && p.getRawType() == List.class
                && p.getActualTypeArguments()[0] == Long.class;
    }
}
