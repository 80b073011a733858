/**
 * Reports of concern to child welfare (bekymringsmelding, docs/domain.md section 3): the form any employee fills in,
 * the national format (KS Fiks offentlig bekymringsmelding v2), delivery through an outbox that loses nothing, and
 * child welfare's intake with its legal clocks and letters to the reporter.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "platform::*", "organisation", "access", "child", "mywork", "statistics", "interest"})
package no.laget.report;
