package no.laget.platform.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextCharactersTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "Emma Fiktivsen", "linje 1\nlinje 2\r\n\tinnrykk", "Åse Ørnulf Æbleskiver",
            "Sámi: Máret Áile", "عربي עברית", "smil 😀", "<script>alert(1)</script>", "100 % & 'sitat'"})
    void text_in_any_script_with_tabs_and_line_breaks_is_acceptable(String text) {
        assertThat(TextCharacters.acceptable(text)).isTrue();
        assertThat(TextCharacters.withoutRefused(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0007b", "a\u001Bb", "a\u007Fb", "a\u0085b", "a\u009Fb", "a\uFFFDb",
            "a\u202Ab", "a\u202Bb", "a\u202Cb", "a\u202Db", "a\u202Eb", "a\u2066b", "a\u2067b", "a\u2068b", "a\u2069b",
            "a\uD800b", "a\uDC00b"})
    void control_characters_direction_overrides_replacement_characters_and_half_surrogates_are_refused(String text) {
        assertThat(TextCharacters.acceptable(text)).isFalse();
        assertThat(TextCharacters.firstRefused(text)).isEqualTo(1);
        assertThat(TextCharacters.withoutRefused(text)).isEqualTo("ab");
    }

    @Test
    void the_characters_just_outside_the_refused_ranges_are_text() {
        assertThat(TextCharacters.acceptable(" ~\u00A0\u2029\u202F\u2065\u206A\uFFFC")).isTrue();
        assertThat(TextCharacters.acceptable(null)).isTrue();
    }

    @Test
    void a_surrogate_pair_is_one_character_and_a_lone_half_is_refused_where_it_stands() {
        assertThat(TextCharacters.firstRefused("ok 😀 \uD83D")).isEqualTo(6);
        assertThat(TextCharacters.withoutRefused("\uDE00😀\uD83D")).isEqualTo("😀");
    }
}
