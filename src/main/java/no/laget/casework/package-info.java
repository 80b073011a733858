/**
 * BTI casework (docs/domain.md section 1 and 4): level-0 concerns (undringsnotat) with the guide's steps, anonymous
 * discussions, cases at levels 1-3 with the relay log (stafettlogg), meetings, the child coordinator and the
 * individual plan. Everything about a child goes through the access door as category RELAY_LOG; participants get
 * their access as {@link no.laget.access.AccessGrants} tied to the consent that admitted them.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "platform::*", "organisation", "access", "child", "consent", "mywork",
                "statistics", "interest"})
package no.laget.casework;
