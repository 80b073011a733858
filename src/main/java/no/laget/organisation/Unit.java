package no.laget.organisation;

/** A service in the municipality (tjeneste): a kindergarten, a school, the health station, ... */
public record Unit(long id, String name, UnitType type, boolean active) {}
