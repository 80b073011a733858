/**
 * Shared infrastructure every module may use: settings, clock, database, security, the page shell and
 * error handling. It knows no domain word and depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(
        type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package no.laget.platform;
