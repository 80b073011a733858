package no.laget.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

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
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Demo mode only; production uses the municipality's identity provider.")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
