/**
 * Consent to share a child's information (docs/domain.md section 2): who gave it, the grants (categories x
 * receiving units or unit types x purpose x period), refusals and withdrawals. The access rule reads the
 * grants; this module records them.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "platform::*", "organisation", "access", "child", "statistics"})
package no.laget.consent;
