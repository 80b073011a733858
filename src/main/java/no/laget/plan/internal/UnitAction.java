package no.laget.plan.internal;

/** An action as its owner unit's list shows it: with the name of its plan and the area it belongs to. */
public record UnitAction(PlanAction action, String planName, int areaPosition, String areaTitle) {}
