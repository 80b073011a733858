package no.laget.platform.security;

import java.util.Optional;

/**
 * Finds the employee an administrator has linked to an identity at the municipality's identity provider. The
 * organisation module implements it; a single sign-on login ends in the same {@link SignedInUser} as the form.
 */
public interface LinkedEmployees {

    /**
     * The employee linked to exactly this value of the identifying claim, active or not (the caller refuses
     * inactive ones), with roles and unit as Laget has them.
     */
    Optional<SignedInUser> byExternalIdentity(String externalIdentity);
}
