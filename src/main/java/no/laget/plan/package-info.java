/**
 * Follow-up of the municipality's plan for children and youth (kommunedelplan oppvekst): development areas,
 * goals, strategies, actions with owner unit, period and status history, target figures linked to the
 * statistics module's indicators, and the annual evaluation report for the municipal council. No personal
 * data: owners are units, and the status history names the employee who recorded an update by id only.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "platform::*", "organisation", "statistics"})
package no.laget.plan;
