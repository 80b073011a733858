/**
 * The page "Mine saker og frister" as a contract: any module adds a {@link no.laget.mywork.MyWorkSection} (the deadline
 * engine its deadlines, casework the user's cases and measures, report the user's reports), and {@link
 * no.laget.mywork.DeadlineState} says where a dated duty stands on an Oslo day. Its own module so that the modules whose
 * events the deadline module handles can add a section without depending on the deadline module (a cycle).
 */
@org.springframework.modulith.ApplicationModule(displayName = "My work", allowedDependencies = {"platform", "platform::*", "access"})
package no.laget.mywork;
