package no.laget.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** The API's JSON is typed: the application's mapper refuses a number or a boolean written as a string. */
@LagetTest
class JsonTypesTest {

    record Command(Long unitId, boolean urgent, LocalDate on) {}

    @Autowired
    JsonMapper mapper;

    @Test
    void jsonTypesAreRead() {
        assertThat(mapper.readValue("{\"unitId\": 6, \"urgent\": true, \"on\": \"2026-12-03\"}", Command.class))
                .isEqualTo(new Command(6L, true, LocalDate.of(2026, 12, 3)));
    }

    @Test
    void aNumberAsStringIsRefusedAndNamesTheField() {
        assertThatThrownBy(() -> mapper.readValue("{\"unitId\": \"6\"}", Command.class))
                .isInstanceOfSatisfying(MismatchedInputException.class,
                        e -> assertThat(e.getPath().getFirst().getPropertyName()).isEqualTo("unitId"));
    }

    @Test
    void aBooleanAsStringIsRefused() {
        assertThatThrownBy(() -> mapper.readValue("{\"urgent\": \"true\"}", Command.class))
                .isInstanceOf(MismatchedInputException.class);
    }
}
