/**
 * The measures catalogue (tiltaksoversikt): the municipality's and volunteers' measures and activities for
 * children, young people and families. Municipal staff edit it; the public page "Hvem kan hjelpe?" needs no
 * login. No other module uses it, so it has no public face: everything is in internal.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "platform::*", "organisation"})
package no.laget.catalogue;
