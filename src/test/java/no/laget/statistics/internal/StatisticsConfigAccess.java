package no.laget.statistics.internal;

/** Lets tests in the base package start the module's configuration on its own. */
public final class StatisticsConfigAccess {

    private StatisticsConfigAccess() {}

    public static Class<?> configuration() {
        return StatisticsConfig.class;
    }
}
