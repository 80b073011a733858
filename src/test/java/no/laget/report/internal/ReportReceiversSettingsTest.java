package no.laget.report.internal;

import no.laget.platform.InvalidSettingException;
import no.laget.platform.MissingSettingsException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A mistyped receiver must stop the start, not send reports of concern somewhere else. */
class ReportReceiversSettingsTest {

    @Test
    void inbox_and_http_are_the_receivers() {
        assertThat(new ReportReceivers(null, "inbox", "").chosen()).isEqualTo(ReportReceivers.INBOX);
        assertThat(new ReportReceivers(null, " HTTP ", "https://fiks.example/bekymring").chosen())
                .isEqualTo(ReportReceivers.HTTP);
    }

    @Test
    void an_unknown_receiver_stops_the_start_naming_the_setting() {
        assertThatThrownBy(() -> new ReportReceivers(null, "htpp", "https://fiks.example/bekymring"))
                .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("LAGET_REPORT_RECEIVER:");
    }

    @Test
    void http_without_an_address_names_the_address() {
        assertThatThrownBy(() -> new ReportReceivers(null, "http", " "))
                .isInstanceOfSatisfying(MissingSettingsException.class,
                        e -> assertThat(e.names()).containsExactly("LAGET_REPORT_RECEIVER_URL"));
        assertThatThrownBy(() -> new ReportReceivers(null, "http", "fiks.example/bekymring"))
                .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("LAGET_REPORT_RECEIVER_URL");
    }
}
