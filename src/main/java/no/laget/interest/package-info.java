/**
 * The child's best interest (barnekonvensjonen art. 3, barneloven § 31): the note ("Barnets beste-vurdering") that a
 * decision about a child carries, with its one validation, its storage and its internal figure. Casework (level 2
 * or 3, hand-over, closing) and report (a report of concern, an investigation decided) require it and name the
 * information category the door decides every read and write of it under.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "platform::*", "access", "statistics"})
package no.laget.interest;
