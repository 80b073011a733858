/**
 * Children, their guardians and which units serve them. Every read and write goes through the access
 * door; other modules read children through {@link no.laget.child.Children}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "platform::*", "organisation", "access", "statistics"})
package no.laget.child;
