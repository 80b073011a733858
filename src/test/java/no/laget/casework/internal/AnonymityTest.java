package no.laget.casework.internal;

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
}
