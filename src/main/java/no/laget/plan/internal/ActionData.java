package no.laget.plan.internal;

/** An action after its rules passed: what is stored. */
public record ActionData(long areaId, String title, long ownerUnitId, String responsible, String partners,
        int fromYear, int toYear, String periodNote) {}
