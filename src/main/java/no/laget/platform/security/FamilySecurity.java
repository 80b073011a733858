package no.laget.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The family's door: its own chain under {@code /familie}, its own session key for the security context, its own
 * login. An employee's login is stored under Spring's default key and a family login under {@link #CONTEXT_KEY}, so
 * neither chain ever loads the other's login, and ROLE_FAMILY is the only authority a family login has.
 */
@Configuration(proxyBeanMethods = false)
class FamilySecurity {

    static final String CONTEXT_KEY = "LAGET_FAMILY_SECURITY_CONTEXT";
    static final String LOGIN_PAGE = "/familie/logg-inn";

    @Bean
    @Order(1)
    SecurityFilterChain family(HttpSecurity http) throws Exception {
        HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey(CONTEXT_KEY);
        http.securityMatcher("/familie", "/familie/**")
                .securityContext(context -> context.securityContextRepository(contexts))
                .headers(SecurityConfig::strictHeaders)
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE)))
                .logout(logout -> logout
                        .logoutUrl("/familie/logg-ut")
                        .logoutSuccessUrl(LOGIN_PAGE + "?utlogget")
                        .deleteCookies("SESSION", "JSESSIONID"))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(LOGIN_PAGE, "/familie/sprak").permitAll()
                        .anyRequest().hasRole(FamilySignIn.ROLE));
        return http.build();
    }
}
