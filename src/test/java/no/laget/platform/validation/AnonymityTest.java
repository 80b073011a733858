package no.laget.platform.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnonymityTest {

    @Test
    void ordinary_text_with_numbers_passes() {
        assertThat(Anonymity.check("Møte kl. 12.30, tre barn i gruppa, 2 ganger i uka")).isEmpty();
        assertThat(Anonymity.check("Veien videre er samtale om 3 uker")).isEmpty();
    }

    @Test
    void numbers_dates_and_addresses_are_found() {
        assertThat(Anonymity.check("nr 010203 45678")).contains(Anonymity.Finding.IDENTITY_NUMBER);
        assertThat(Anonymity.check("født 1.2.2019")).contains(Anonymity.Finding.DATE_OF_BIRTH);
        assertThat(Anonymity.check("født 01.02.19")).contains(Anonymity.Finding.DATE_OF_BIRTH);
        assertThat(Anonymity.check("bor i Storgata 12")).contains(Anonymity.Finding.ADDRESS);
        assertThat(Anonymity.check("Skoleveien 3B")).contains(Anonymity.Finding.ADDRESS);
    }

    @Test
    void two_capitalised_words_in_a_row_or_a_common_given_name_look_like_a_name() {
        assertThat(Anonymity.looksLikeName("Vi snakket om Ulrikke Oppdiktet i dag")).isTrue();
        assertThat(Anonymity.looksLikeName("Ulrikke Oppdiktet har fravær")).isTrue();
        assertThat(Anonymity.looksLikeName("med Anne-Lise Østby")).isTrue();
        assertThat(Anonymity.looksLikeName("Emma gråter mye")).isTrue();
        assertThat(Anonymity.looksLikeName("snakket med Jonas om fraværet")).isTrue();
        assertThat(Anonymity.looksLikeName("Ole-Martin vil ikke spise")).isTrue();
    }

    @Test
    void ordinary_text_abbreviations_and_everyday_words_do_not_look_like_a_name() {
        assertThat(Anonymity.looksLikeName("En jente i barnehagen forteller om mye krangling hjemme. Hva gjør vi?")).isFalse();
        assertThat(Anonymity.looksLikeName("Pedagogisk leder, barnehage; saksbehandler, barneverntjenesten")).isFalse();
        assertThat(Anonymity.looksLikeName("PPT og NAV er ikke involvert. I Halden er det kø.")).isFalse();
        assertThat(Anonymity.looksLikeName("Per uke er det to møter. Dag for dag blir det bedre.")).isFalse();
        assertThat(Anonymity.looksLikeName("ulrikke oppdiktet")).as("lower case: the registered-name check's job").isFalse();
        assertThat(Anonymity.looksLikeName("")).isFalse();
    }
}
