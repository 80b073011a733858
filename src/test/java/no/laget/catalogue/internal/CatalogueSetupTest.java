package no.laget.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
import no.laget.organisation.UnitType;
import no.laget.platform.LagetProperties;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The demo catalogue on a database where ./laget dataset ran first: unit names repeat across municipalities. */
class CatalogueSetupTest {

    @Test
    void the_demo_catalogue_is_seeded_when_the_data_set_repeats_unit_names() {
        MeasureRepository measures = mock(MeasureRepository.class);
        when(measures.none()).thenReturn(true);
        MeasureAdministration administration = mock(MeasureAdministration.class);
        Organisation organisation = mock(Organisation.class);
        when(organisation.units()).thenReturn(List.of(
                new Unit(7, "NAV Halden-Aremark", UnitType.NAV, true),
                new Unit(100, "Datasett skole 1", UnitType.SCHOOL, true),
                new Unit(200, "Datasett skole 1", UnitType.SCHOOL, true)));
        CatalogueSetup setup = new CatalogueSetup(new LagetProperties(LagetProperties.Mode.DEMO, null, null, null, null,
                null), measures, administration, organisation);

        setup.seed();

        ArgumentCaptor<MeasureForm> forms = ArgumentCaptor.forClass(MeasureForm.class);
        verify(administration, atLeastOnce()).create(forms.capture());
        assertThat(forms.getAllValues()).hasSize(CatalogueSetup.DEMO_MEASURES.size());
        assertThat(forms.getAllValues()).filteredOn(form -> form.name().startsWith("Helhetlig oppfølging"))
                .extracting(MeasureForm::providerUnitId).containsExactly("7");
    }
}
