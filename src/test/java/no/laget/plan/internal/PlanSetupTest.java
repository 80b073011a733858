package no.laget.plan.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
import no.laget.organisation.UnitType;
import no.laget.platform.LagetProperties;

import org.junit.jupiter.api.Test;

/** The demo plan on a database where ./laget dataset ran first: unit names repeat across municipalities. */
class PlanSetupTest {

    @Test
    void the_demo_plan_loads_when_the_data_set_repeats_unit_names() {
        PlanFile file = PlanFile.read(PlanFile.HALDEN);
        List<Unit> units = new ArrayList<>();
        file.areas().stream().flatMap(area -> area.actions().stream()).map(PlanFile.ActionEntry::owner).distinct()
                .forEach(owner -> units.add(new Unit(units.size() + 1, owner, UnitType.SCHOOL, true)));
        units.add(new Unit(1000, "Datasett skole 1", UnitType.SCHOOL, true));
        units.add(new Unit(2000, "Datasett skole 1", UnitType.SCHOOL, true));
        Organisation organisation = mock(Organisation.class);
        when(organisation.units()).thenReturn(units);
        PlanRepository repository = mock(PlanRepository.class);
        PlanSetup setup = new PlanSetup(new LagetProperties(LagetProperties.Mode.DEMO, null, null, null, null, null),
                repository, organisation, null, Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("Europe/Oslo")));

        setup.load(file);

        int actions = file.areas().stream().mapToInt(area -> area.actions().size()).sum();
        verify(repository, times(actions)).insertAction(any(), any());
    }
}
