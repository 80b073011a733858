package no.laget.plan.internal;

import java.time.LocalDate;

/**
 * An action ("slik gjør vi det"): the unit that owns it, who the plan names as responsible (its own words),
 * partners, the years it runs, and its latest status. {@code overdue} is computed for the day it was read;
 * {@code version} changes with every edit of the action (not with status updates).
 */
public record PlanAction(long id, long planId, long areaId, String title, long ownerUnitId, String ownerUnitName,
        String responsible, String partners, int fromYear, int toYear, String periodNote, ActionStatus status,
        String statusComment, LocalDate statusDate, boolean overdue, int version) {}
