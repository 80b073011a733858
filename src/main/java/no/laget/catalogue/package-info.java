/**
 * The measures catalogue (tiltaksoversikt): the municipality's and volunteers' measures and activities for
 * children, young people and families. Municipal staff edit it; the public page "Hvem kan hjelpe?" needs no
 * login. Other modules search it through {@link no.laget.catalogue.Measures}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "platform::*", "organisation"})
package no.laget.catalogue;
