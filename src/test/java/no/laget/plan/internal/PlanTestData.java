package no.laget.plan.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import no.laget.organisation.Organisation;

/** A small plan of its own for each test, so tests that share the database do not meet. */
final class PlanTestData {

    record Arranged(long planId, long areaId, List<Long> actionIds) {}

    private PlanTestData() {}

    static long unitId(Organisation organisation, String name) {
        return organisation.units().stream().filter(unit -> unit.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** A plan 2020-2032 with one area and {@code actions} actions owned by the unit, running {@code from}-{@code to}. */
    static Arranged plan(PlanRepository repository, String name, long ownerUnitId, int actions, int from, int to) {
        OffsetDateTime now = OffsetDateTime.now();
        long planId = repository.insertPlan(name, 2020, 2032, now);
        repository.insertStrategy(planId, 1, "Arbeide med tidlig innsats", "Tidlig innsats for alle.");
        long areaId = repository.insertArea(planId, 1, "Helsefremmende oppvekst", "Barn og unges helse.");
        repository.insertGoal(areaId, 1, "Alle skoler skal være helsefremmende.");
        repository.insertTarget(areaId, "NAERVAER_TEST", "Nærvær i grunnskolen", new java.math.BigDecimal("95"), 2032,
                "Minst 95 prosent.");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < actions; i++) {
            ids.add(repository.insertAction(new ActionData(areaId, "Tiltak " + (i + 1) + " i " + name, ownerUnitId,
                    "Kommunalsjef UOK", i % 2 == 0 ? "NAV" : null, from, to, i % 3 == 0 ? "Løpende" : null), now));
        }
        return new Arranged(planId, areaId, ids);
    }
}
