package no.laget.platform.security;

import java.net.URI;

/** The rules for an identity provider's issuer setting, the same for the employees' and the family's login. */
final class IssuerAddress {

    private IssuerAddress() {
    }

    /** https, or http on this machine only; a host, and no query or fragment. */
    static boolean valid(String issuer) {
        try {
            URI uri = URI.create(issuer);
            if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return false;
            }
            boolean local = uri.getHost().equals("localhost") || uri.getHost().equals("127.0.0.1");
            return "https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && local);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The issuer's host, for logs: it names the provider and no person. */
    static String host(String issuer) {
        try {
            return URI.create(issuer).getHost();
        } catch (IllegalArgumentException e) {
            return "unknown";
        }
    }

    static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
