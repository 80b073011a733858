/**
 * The emergency help card (kronekort, Halden's cooperation agreement section 6, docs/domain.md section 5): child
 * welfare spends on NAV's behalf in an emergency, records the use with its receipt and tells NAV; NAV tops the card up
 * and decides on each use within three working days (a duty the deadline module keeps from
 * {@link no.laget.emergency.EmergencyUseRecorded} and {@link no.laget.emergency.EmergencyUseDecided}). Owns the tables
 * nav_emergency_card, nav_emergency_use and nav_emergency_topup.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "platform::*", "organisation", "access"})
package no.laget.emergency;
