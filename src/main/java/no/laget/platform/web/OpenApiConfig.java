package no.laget.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import no.laget.platform.security.ApiScopes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description at /v3/api-docs. Errors are application/problem+json (RFC 9457). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI lagetApi() {
        return new OpenAPI()
                .info(new Info().title("Laget API").version("v1")
                        .description("Laget rundt barnet. Every read or write of a child's data passes the access "
                                + "door and is logged. Errors are application/problem+json; a refused request is "
                                + "403 with a reason code and none of the child's data."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Demo mode only; production uses the municipality's identity provider."))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("For the municipality's other systems: an OAuth2 access token (JWT) from "
                                        + "the issuer in LAGET_API_ISSUER, with LAGET_API_AUDIENCE in aud, whose client "
                                        + "(azp, client_id or sub) an administrator has registered under "
                                        + "/api/v1/system-clients. The token's scope (or scp) claim, narrowed by the "
                                        + "registration, opens endpoints: " + String.join(", ", ApiScopes.ALL)
                                        + ". The system's unit and roles then decide, through the access door, which "
                                        + "children it may read; every read is logged with the system as actor. "
                                        + "Refusals: 401 with WWW-Authenticate: Bearer error=\"invalid_token\" "
                                        + "(expired, wrong issuer or audience, unknown or deactivated client) and "
                                        + "403 with error=\"insufficient_scope\", both application/problem+json.")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
